// GraphQL Inspector completion handler for `schema-diff … allow-breaking`: the report is
// printed as usual, breaking changes are declared intended, the exit code stays 0.
module.exports = function allowBreaking({ breakingChanges }) {
  const n = breakingChanges.length;
  console.log(
    n === 0
      ? 'No breaking changes detected'
      : `${n} breaking change${n > 1 ? 's' : ''} allowed as intended (allow-breaking): clients must move with them`,
  );
};
