using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Formats;

/// <summary>How the log writes its enums as text: in the database, RepSense's CSV and JSON.</summary>
public static class LogText
{
    public static string Kind(SetKind kind) => kind switch
    {
        SetKind.Work => "work",
        SetKind.Warmup => "warmup",
        SetKind.Failure => "failure",
        SetKind.Drop => "drop",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static SetKind ParseKind(string text) => text switch
    {
        "work" => SetKind.Work,
        "warmup" => SetKind.Warmup,
        "failure" => SetKind.Failure,
        "drop" => SetKind.Drop,
        _ => throw new FormatException($"unknown set kind '{text}'"),
    };

    public static string Status(SetStatus status) => status == SetStatus.Planned ? "planned" : "done";

    public static SetStatus ParseStatus(string text) => text switch
    {
        "planned" => SetStatus.Planned,
        "done" => SetStatus.Done,
        _ => throw new FormatException($"unknown set status '{text}'"),
    };

    public static string Unit(WeightUnit unit) => Weight.Symbol(unit);
}
