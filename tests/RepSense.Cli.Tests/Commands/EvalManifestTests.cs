using RepSense.Cli.Commands.Eval;
using RepSense.Ingest;

namespace RepSense.Cli.Tests.Commands;

/// <summary>The labelled manifest `repsense eval` reads, in the layout of ../shared/data: the required columns in any
/// order among others, quoted fields, the audit's columns when present, paths relative to the manifest, and a clear
/// error naming the line for anything else.</summary>
public sealed class EvalManifestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Write(string content) => _temp.Write("manifest.csv", content);

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_quoted_fields_keep_their_commas_and_quotes()
    {
        string path = Write(""""
            sample_rate_hz,"true_reps",exercise,notes,participant,file,label_check,visual_reps
            50,10,"row, bent over","said ""ten""",p1,sets/a.csv,suspect,9
            12.5,8,curl,,p2,"sets/b,1.csv",,

            100,12,press,x,p3,c.csv,agreed,12.0
            """");

        var items = EvalManifest.Read(path);

        Assert.Equal(3, items.Count);
        Assert.Equal(new EvalItem(Path.Combine(_temp.Path, "sets/a.csv"), "sets/a.csv", "row, bent over", 10, "suspect", 9), items[0]);
        Assert.Equal(new EvalItem(Path.Combine(_temp.Path, "sets/b,1.csv"), "sets/b,1.csv", "curl", 8, null, null), items[1]);
        Assert.Equal(("agreed", (int?)12), (items[2].LabelCheck, items[2].VisualReps));
        Assert.True(items[0].IsSuspect);
    }

    [Fact]
    public void Without_the_audits_columns_no_verdict_or_eye_count_is_read()
    {
        string path = Write("file,exercise,participant,true_reps,sample_rate_hz\na.csv,row,p1,10,50\n");

        var item = Assert.Single(EvalManifest.Read(path));

        Assert.Equal((null, (int?)null, false), (item.LabelCheck, item.VisualReps, item.IsSuspect));
    }

    [Fact]
    public void An_eye_count_that_is_not_a_number_is_no_eye_count()
    {
        string path = Write("file,exercise,participant,true_reps,sample_rate_hz,visual_reps\na.csv,row,p1,10,50,unsure\n");

        Assert.Null(Assert.Single(EvalManifest.Read(path)).VisualReps);
    }

    [Fact]
    public void A_header_without_a_required_column_is_refused_naming_the_column()
    {
        string path = Write("file,exercise,participant,reps,sample_rate_hz\na.csv,row,p1,10,50\n");

        var error = Assert.Throws<RepSenseException>(() => EvalManifest.Read(path));

        Assert.Equal($"{path}:1: the header has no 'true_reps' column (expected file,exercise,participant,true_reps,sample_rate_hz; " +
                     "found 'file,exercise,participant,reps,sample_rate_hz').", error.Message);
    }

    [Fact]
    public void A_row_with_too_few_fields_is_refused_with_its_line()
    {
        string path = Write("file,exercise,participant,true_reps,sample_rate_hz\n\na.csv,row,p1,10,50\nb.csv,row,p1,10\n");

        var error = Assert.Throws<RepSenseException>(() => EvalManifest.Read(path));

        Assert.Equal($"{path}:4: expected 5 fields, found 4.", error.Message);
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("-1")]
    [InlineData("9.5")]
    public void A_label_that_is_not_a_whole_number_of_reps_is_refused_with_its_line(string label)
    {
        string path = Write($"file,exercise,participant,true_reps,sample_rate_hz\na.csv,row,p1,10,50\nb.csv,row,p1,{label},50\n");

        var error = Assert.Throws<RepSenseException>(() => EvalManifest.Read(path));

        Assert.Equal($"{path}:3: true_reps: expected a whole number of reps, found '{label}'.", error.Message);
    }

    [Fact]
    public void A_missing_or_empty_manifest_is_said_so()
    {
        string missing = Path.Combine(_temp.Path, "none.csv");
        Assert.Equal($"{missing}: no such manifest file.", Assert.Throws<RepSenseException>(() => EvalManifest.Read(missing)).Message);

        string empty = Write("");
        Assert.Equal($"{empty}: the manifest is empty (expected a header starting with file,exercise,participant,true_reps,sample_rate_hz).",
                     Assert.Throws<RepSenseException>(() => EvalManifest.Read(empty)).Message);
    }
}
