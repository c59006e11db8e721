//! Email positions stay 1..n when emails are added, moved or removed, and `totalEmails` stays
//! true.

use content::ContentError;
use content::service::email_sequences::get_email_sequence;
use content::service::emails::{EmailChanges, NewEmail, add_email, move_email, remove_email, update_email};
use platform::tenancy::in_workspace;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

use crate::support::*;

/// The sequence's subjects in position order, with their positions.
async fn order(s: &Session, ws: uuid::Uuid, sequence: uuid::Uuid) -> Vec<(i32, String)> {
    use content::entity::emails;
    let select = in_workspace::<emails::Entity>(s, ws)
        .await
        .unwrap()
        .filter(emails::Column::SequenceId.eq(sequence))
        .filter(emails::Column::IsVariant.eq(false))
        .order_by_asc(emails::Column::SequencePosition);
    platform::rows::all(s.db(), select).await.unwrap().into_iter().map(|e| (e.sequence_position, e.subject_line)).collect()
}

fn expect(subjects: &[&str]) -> Vec<(i32, String)> {
    subjects.iter().enumerate().map(|(i, s)| (i32::try_from(i + 1).unwrap(), (*s).to_owned())).collect()
}

#[tokio::test]
async fn positions_stay_contiguous_when_emails_are_added_moved_and_removed() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let welcome = sequence(&s, ws, biz.id, "Welcome").await;
    let a = add_email(&s, welcome.id, NewEmail::new("A", "a"), None).await.unwrap();
    add_email(&s, welcome.id, NewEmail::new("B", "b"), None).await.unwrap();
    let c = add_email(&s, welcome.id, NewEmail::new("C", "c"), None).await.unwrap();
    assert_eq!(order(&s, ws, welcome.id).await, expect(&["A", "B", "C"]));

    // Insert at 2.
    let mut x = NewEmail::new("X", "x");
    x.position = Some(2);
    add_email(&s, welcome.id, x, None).await.unwrap();
    assert_eq!(order(&s, ws, welcome.id).await, expect(&["A", "X", "B", "C"]));
    // Move the last to the front, then the first to the end.
    move_email(&s, c.id, 1).await.unwrap();
    assert_eq!(order(&s, ws, welcome.id).await, expect(&["C", "A", "X", "B"]));
    move_email(&s, c.id, 4).await.unwrap();
    assert_eq!(order(&s, ws, welcome.id).await, expect(&["A", "X", "B", "C"]));
    // Remove one: the gap closes.
    remove_email(&s, a.id).await.unwrap();
    assert_eq!(order(&s, ws, welcome.id).await, expect(&["X", "B", "C"]));
    assert_eq!(get_email_sequence(&s, welcome.id).await.unwrap().total_emails, 3);

    // Out of range.
    let mut far = NewEmail::new("Far", "far");
    far.position = Some(5);
    assert!(matches!(add_email(&s, welcome.id, far, None).await.unwrap_err(), ContentError::InvalidPosition { max: 4 }));
    assert!(matches!(move_email(&s, c.id, 0).await.unwrap_err(), ContentError::InvalidPosition { max: 3 }));
    assert_eq!(get_email_sequence(&s, welcome.id).await.unwrap().total_emails, 3);
}

#[tokio::test]
async fn delay_days_count_from_zero() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let biz = business(&s, ada.workspace_id, "Northwind").await;
    let welcome = sequence(&s, ada.workspace_id, biz.id, "Welcome").await;
    let first = add_email(&s, welcome.id, NewEmail::new("A", "a"), None).await.unwrap();
    assert_eq!(first.delay_days, 0);
    let mut late = NewEmail::new("B", "b");
    late.delay_days = Some(-1);
    assert!(matches!(add_email(&s, welcome.id, late, None).await.unwrap_err(), ContentError::TooSmall { field: "delayDays", min: 0 }));
    let err = update_email(&s, first.id, EmailChanges { delay_days: Some(-3), ..Default::default() }, None).await.unwrap_err();
    assert!(matches!(err, ContentError::TooSmall { field: "delayDays", .. }));
    assert_eq!(get_email_sequence(&s, welcome.id).await.unwrap().total_emails, 1, "the refused add left nothing");
}

#[tokio::test]
async fn removing_an_original_takes_its_variants_with_it() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let welcome = sequence(&s, ws, biz.id, "Welcome").await;
    let a = add_email(&s, welcome.id, NewEmail::new("A", "a"), None).await.unwrap();
    add_email(&s, welcome.id, NewEmail::new("B", "b"), None).await.unwrap();
    let texts = serde_json::json!({ "subjectLine": "A2", "content": "a2" }).as_object().cloned().unwrap();
    let variant = content::service::variants::create_variant::<content::entity::emails::Entity>(&s, a.id, &texts, None).await.unwrap();
    let removed = remove_email(&s, a.id).await.unwrap();
    assert_eq!(removed.len(), 2);
    assert!(removed.contains(&variant.id));
    assert_eq!(order(&s, ws, welcome.id).await, expect(&["B"]));
    assert_eq!(get_email_sequence(&s, welcome.id).await.unwrap().total_emails, 1);
}
