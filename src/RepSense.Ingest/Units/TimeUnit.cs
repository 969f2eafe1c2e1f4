namespace RepSense.Ingest.Units;

/// <summary>The unit of an elapsed-time column that does not say its own (<c>--time-unit s|ms|ns</c>).</summary>
public enum TimeUnit
{
    Seconds,
    Milliseconds,
    Nanoseconds,
}
