//! Deterministic batching for the request's dataloaders.
//!
//! async-graphql's `DataLoader` fires a batch from a spawned task after a short delay. On a
//! multi-threaded runtime that task can run while the resolvers are still registering keys,
//! so a page of 50 rows may be loaded in several statements, and how many depends on timing.
//! Here the loaders' tasks are queued per request and polled by the request's own task, right
//! after each pass over the resolvers: every key the resolvers of one pass ask for lands in the
//! same batch, so the statements a request runs depend on the query's shape only.

use std::future::Future;
use std::pin::pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use futures_util::future::BoxFuture;
use futures_util::stream::{FuturesUnordered, StreamExt};
use futures_util::task::ArcWake;

/// The loader tasks of one request.
#[derive(Default)]
pub struct LocalTasks {
    queue: Mutex<Vec<BoxFuture<'static, ()>>>,
    driven: AtomicBool,
}

impl LocalTasks {
    /// Queues a loader task for the request's driver; without a driver (a test calling the
    /// schema directly) it runs on the runtime as usual.
    pub fn spawn(&self, task: BoxFuture<'static, ()>) {
        if !self.driven.load(Ordering::Acquire) {
            tokio::spawn(task);
            return;
        }
        // Every spawn happens inside the driver's poll, which looks at the queue before it
        // returns, so no wake-up is needed (and one would make sibling futures yield early).
        match self.queue.lock() {
            Ok(mut q) => q.push(task),
            Err(poisoned) => poisoned.into_inner().push(task),
        }
    }

    fn take(&self) -> Vec<BoxFuture<'static, ()>> {
        match self.queue.lock() {
            Ok(mut q) => std::mem::take(&mut *q),
            Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
        }
    }

    /// Runs `work` (the request's execution) and the loader tasks it queues, in this task:
    /// first the resolvers run until none can go further, then the batches they asked for.
    pub async fn drive<F: Future>(&self, work: F) -> F::Output {
        self.driven.store(true, Ordering::Release);
        let mut work = pin!(work);
        let mut running = FuturesUnordered::new();
        let flag = Arc::new(FlagWaker { woken: AtomicBool::new(false), outer: Mutex::new(None) });
        let waker = futures_util::task::waker(Arc::clone(&flag));
        std::future::poll_fn(|cx| {
            flag.set_outer(cx.waker());
            let mut inner = Context::from_waker(&waker);
            let mut rounds = 0;
            loop {
                rounds += 1;
                flag.woken.store(false, Ordering::SeqCst);
                if let Poll::Ready(output) = work.as_mut().poll(&mut inner) {
                    return Poll::Ready(output);
                }
                // A list of many fields yields to its own waker part way through (futures'
                // FuturesUnordered does after two self-wakes): let it finish registering keys
                // before any batch runs.
                if flag.woken.load(Ordering::SeqCst) && rounds < MAX_ROUNDS {
                    continue;
                }
                running.extend(self.take());
                while let Poll::Ready(Some(())) = running.poll_next_unpin(&mut inner) {}
                let more = self.queue.lock().map(|q| !q.is_empty()).unwrap_or(false);
                if (more || flag.woken.load(Ordering::SeqCst)) && rounds < MAX_ROUNDS {
                    continue;
                }
                if flag.woken.load(Ordering::SeqCst) {
                    cx.waker().wake_by_ref();
                }
                return Poll::Pending;
            }
        })
        .await
    }
}

/// How many passes one poll of the driver may make before it lets the runtime run others.
const MAX_ROUNDS: usize = 10_000;

/// Notes that the request's work woke itself, and passes the wake-up on to the real task.
struct FlagWaker {
    woken: AtomicBool,
    outer: Mutex<Option<Waker>>,
}

impl FlagWaker {
    fn set_outer(&self, waker: &Waker) {
        let mut outer = match self.outer.lock() {
            Ok(o) => o,
            Err(p) => p.into_inner(),
        };
        if !outer.as_ref().is_some_and(|w| w.will_wake(waker)) {
            *outer = Some(waker.clone());
        }
    }
}

impl ArcWake for FlagWaker {
    fn wake_by_ref(arc_self: &Arc<Self>) {
        arc_self.woken.store(true, Ordering::SeqCst);
        let outer = match arc_self.outer.lock() {
            Ok(o) => o.clone(),
            Err(p) => p.into_inner().clone(),
        };
        if let Some(w) = outer {
            w.wake();
        }
    }
}
