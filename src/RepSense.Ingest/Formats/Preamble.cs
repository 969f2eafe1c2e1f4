using System.Text.RegularExpressions;

namespace RepSense.Ingest.Formats;

/// <summary>Metadata lines before a format's header row (ActiGraph RAW CSV: ten lines, the first of which names
/// the device and the sample rate).</summary>
/// <param name="LineCount">Lines before the header row.</param>
/// <param name="Signature">Must match somewhere in the first line for the format to be recognised.</param>
/// <param name="Rate">Finds the nominal rate in the first line (group <c>hz</c>); null when the preamble has none.</param>
/// <param name="Start">Finds the local start in the preamble's lines: groups <c>date</c>, <c>time</c> and
/// <c>format</c> (the date's format, e.g. <c>M/d/yyyy</c>), each in any line; null when the preamble has none.</param>
public sealed record Preamble(int LineCount, Regex Signature, Regex? Rate, IReadOnlyList<Regex>? Start = null);
