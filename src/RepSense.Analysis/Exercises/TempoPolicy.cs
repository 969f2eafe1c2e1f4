namespace RepSense.Analysis.Exercises;

/// <summary>
/// How an exercise should be moved, as the articles state it. "Top" follows the tempo notation in
/// architecture.md: the hold after the concentric (the bar at the chest of a row or pulldown), whatever the direction.
/// Every rule that is not the default (neutral momentum, no hold, no dead stop, no prescribed eccentric speed,
/// counted) has a source in <see cref="Sources"/>.
/// </summary>
/// <param name="Momentum">How a momentum rep is judged.</param>
/// <param name="LateSetCheatReps">Under <see cref="MomentumPolicy.Neutral"/>, how many of the set's last reps may use
/// body English without a fault (BarBend: "another rep or two"); 0 under the other policies.</param>
/// <param name="PauseAtTop">A pause after the concentric is prescribed ("pause", "hold for a moment").</param>
/// <param name="TopHoldS">The prescribed pause in seconds when the article gives a number ("hold the top of the rep
/// for two seconds"), else null; implies <paramref name="PauseAtTop"/>.</param>
/// <param name="DeadStopAtBottom">Each rep starts from rest on the floor (Pendlay row).</param>
/// <param name="ControlledEccentric">A slow or controlled lowering is prescribed ("slowly resist", "under
/// control").</param>
/// <param name="ExplosiveConcentric">A fast concentric is prescribed (tempo notation X): a quick lift is not a
/// fault.</param>
/// <param name="Counting">Counted reps or timed work.</param>
/// <param name="Sources">The article quote behind each rule that is not the default.</param>
public sealed record TempoPolicy(
    MomentumPolicy Momentum,
    int LateSetCheatReps,
    bool PauseAtTop,
    double? TopHoldS,
    bool DeadStopAtBottom,
    bool ControlledEccentric,
    bool ExplosiveConcentric,
    RepCounting Counting,
    IReadOnlyDictionary<TempoRule, SourceRef> Sources)
{
    /// <summary>The source of <paramref name="rule"/>, or null when the rule has its default value.</summary>
    public SourceRef? SourceOf(TempoRule rule) => Sources.GetValueOrDefault(rule);
}
