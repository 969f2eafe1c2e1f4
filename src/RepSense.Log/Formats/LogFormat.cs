using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Formats;

/// <summary>
/// One workout-log export layout, described rather than coded: its header (the signature that identifies it),
/// delimiter and quoting, which column holds what, the units and date formats it uses and the words it writes for
/// kinds of sets. <see cref="LogFileReader"/> follows any of them; <see cref="LogFormats.All"/> lists them.
/// </summary>
/// <param name="Name">For messages: "Strong 2025 (Workout #, ';')".</param>
/// <param name="Source">Stored with imported workouts: "strong", "hevy", "fitnotes" or "csv".</param>
/// <param name="Separator">The field separator.</param>
/// <param name="Quoted">RFC 4180 quoting. False for FitNotes, which never quotes, so a comma inside an exercise
/// name splits it: the extra fields are given back to <see cref="ElasticField"/>.</param>
/// <param name="Header">The header, cell by cell, exactly (quotes removed).</param>
/// <param name="Columns">Which header cell holds each field the layout has.</param>
/// <param name="WeightUnit">The unit the header fixes ("Weight (kg)", "weight_kg", "Weight (lbs)"), or null when
/// a unit column gives it per row or the layout does not say.</param>
/// <param name="DistanceUnit">The distance unit when no unit column gives it ("m", "km").</param>
/// <param name="DateFormats">Formats of the start column, tried in order (invariant culture).</param>
/// <param name="KindWords">What the set-order or set-type column writes for each kind of set; a null kind marks a
/// row that is not a set (Strong's rest-timer rows, "Ruhezeit" in German). Numbers are work sets.</param>
/// <param name="ElasticField">The free-text field that absorbs extra fields in an unquoted layout.</param>
public sealed record LogFormat(
    string Name,
    string Source,
    char Separator,
    bool Quoted,
    IReadOnlyList<string> Header,
    IReadOnlyDictionary<LogField, string> Columns,
    WeightUnit? WeightUnit,
    string DistanceUnit,
    IReadOnlyList<string> DateFormats,
    IReadOnlyDictionary<string, SetKind?> KindWords,
    LogField? ElasticField = null)
{
    public bool Has(LogField field) => Columns.ContainsKey(field);

    /// <summary>Whether the weight unit is stated anywhere (header or a column).</summary>
    public bool StatesWeightUnit => WeightUnit is not null || Has(LogField.WeightUnit);
}
