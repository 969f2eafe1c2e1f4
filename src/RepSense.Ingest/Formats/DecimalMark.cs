namespace RepSense.Ingest.Formats;

/// <summary>How a format writes the fractional part of numbers.</summary>
public enum DecimalMark
{
    /// <summary>Always a point: <c>9.81</c>.</summary>
    Point,
    /// <summary>Always a comma: <c>9,81</c> (then the separator is never a comma).</summary>
    Comma,
    /// <summary>Either, told from the first data row: a comma inside a field means decimal comma (phyphox, Physics
    /// Toolbox export what the phone's locale uses).</summary>
    Detect,
}
