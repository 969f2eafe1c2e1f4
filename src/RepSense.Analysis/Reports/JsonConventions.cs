using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RepSense.Analysis.Reports;

/// <summary>
/// The one JSON convention of RepSense's output, shared by every source-generated context: camelCase, nulls written
/// (a field a document defines is always present), non-finite numbers as named literals. The text goes to terminals,
/// files and other programs, never into HTML, so "+" in a format name and "×" in a flag's message are written as they
/// are rather than as \u002B and \u00D7.
/// </summary>
public static class JsonConventions
{
    /// <summary>New options for a context's constructor (each context binds the options it is given).</summary>
    public static JsonSerializerOptions Options(bool indented = true) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
