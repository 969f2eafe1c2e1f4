using static RepSense.Ingest.Tests.Fixtures;

namespace RepSense.Ingest.Tests;

/// <summary>
/// Problems a read recovers from: the row is skipped, merged or dropped, counted, and reported with its line;
/// unit and gravity mismatches are warnings. The stream goes on and its times stay strictly increasing.
/// </summary>
public class RecoverableProblemTests
{
    private const string Header = "t_s,ax_g,ay_g,az_g\n";

    private static (IList<ImuSample> Samples, IngestDiagnostics Diagnostics) Read(string fileName, string content, RecordingOptions? options = null)
    {
        using var temp = new TempFolder();
        return ReadAll(temp.Write(fileName, content), options);
    }

    [Fact]
    public void NaN_and_empty_cells_skip_the_row_and_are_counted_with_their_line()
    {
        var (samples, diagnostics) = Read("cells.csv", Header + "0,0,0,1\n0.01,NaN,0,1\n0.02,,0,1\n0.03,0,0,1\n");

        Assert.Equal([0, 0.03], samples.Select(s => s.TimeS));
        Assert.Equal(2, diagnostics.SkippedRows);
        var nan = Assert.Single(diagnostics.Problems, p => p.Kind == IngestProblemKind.NotANumber);
        Assert.Equal(3, nan.Line);
        var empty = Assert.Single(diagnostics.Problems, p => p.Kind == IngestProblemKind.EmptyCell);
        Assert.Equal(4, empty.Line);
        Assert.Contains("column 2 (\"ax_g\") is empty", empty.Message);
        Assert.Contains(diagnostics.Warnings, w => w.StartsWith("1 row skipped for an empty cell", StringComparison.Ordinal) && w.Contains("cells.csv:4"));
    }

    [Fact]
    public void Repeated_timestamps_are_averaged_into_one_sample_and_reported()
    {
        var (samples, diagnostics) = Read("repeat.csv", Header + "0,0,0,1\n0.01,0.2,0,1\n0.01,0.4,0,1\n0.02,0,0,1\n");

        Assert.Equal([0, 0.01, 0.02], samples.Select(s => s.TimeS));
        Assert.Equal(0.3 * G, samples[1].AccelerationMs2.X, 1e-12);
        var repeat = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.RepeatedTimestamp, 4L), (repeat.Kind, repeat.Line));
        Assert.Equal(1, diagnostics.Count(IngestProblemKind.RepeatedTimestamp));
    }

    [Fact]
    public void Backwards_timestamps_are_dropped_and_reported_with_the_line()
    {
        var (samples, diagnostics) = Read("back.csv", Header + "0,0,0,1\n0.02,0,0,1\n0.01,0,0,1\n0.03,0,0,1\n");

        Assert.Equal([0, 0.02, 0.03], samples.Select(s => s.TimeS));
        var back = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.BackwardsTimestamp, 4L), (back.Kind, back.Line));
        Assert.Contains("time 0.01 s is earlier than the 0.02 s before it", back.Message);
    }

    [Fact]
    public void Truncated_last_line_is_skipped_with_a_warning()
    {
        var (samples, diagnostics) = Read("cut.csv", Header + "0,0,0,1\n0.01,0,0,1\n0.02,0.1");

        Assert.Equal(2, samples.Count);
        var cut = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.TruncatedLastLine, 4L), (cut.Kind, cut.Line));
        Assert.Contains(diagnostics.Warnings, w => w.Contains("the file looks truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_number_on_the_last_line_is_a_truncation_not_an_error()
    {
        var (samples, diagnostics) = Read("cut.csv", Header + "0,0,0,1\n0.01,0,0,1\n0.02,0,0,-");

        Assert.Equal(2, samples.Count);
        Assert.Equal(IngestProblemKind.TruncatedLastLine, Assert.Single(diagnostics.Problems).Kind);
    }

    [Theory]
    [InlineData("0.01,0", "2 fields, expected at least 4")]
    [InlineData("0.01", "1 field, expected at least 4")] // one field, in the singular
    public void Short_row_inside_the_file_is_skipped_and_counted(string shortRow, string problem)
    {
        var (samples, diagnostics) = Read("short.csv", Header + "0,0,0,1\n" + shortRow + "\n0.02,0,0,1\n");

        Assert.Equal(2, samples.Count);
        var row = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.ShortRow, 3L), (row.Kind, row.Line));
        Assert.Contains(problem, row.Message);
    }

    [Fact]
    public void A_row_with_a_nan_is_quoted_in_its_problem()
    {
        var (samples, diagnostics) = Read("nan.csv", Header + "0,0,0,1\n0.01,0,NaN,1\n0.02,0,0,1\n");
        Assert.Equal(2, samples.Count);
        var row = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.NotANumber, 3L), (row.Kind, row.Line));
        Assert.Equal("a value is NaN or infinite: \"0.01,0,NaN,1\"", row.Message);
    }

    [Fact]
    public void Empty_fields_after_the_last_column_are_a_trailing_delimiter_and_read_as_usual()
    {
        var (samples, diagnostics) = Read("trailing.txt", "t_s;ax_g;ay_g;az_g\n0;0;0;1;\n0.01;0;0;1; \n0.02;0;0;1;;\n");

        Assert.Equal([0, 0.01, 0.02], samples.Select(s => s.TimeS));
        Assert.Empty(diagnostics.Problems);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Blank_lines_between_rows_are_skipped_and_counted_with_their_lines(string lineBreak)
    {
        string content = Header + "\n0,0,0,1\n\n0.01,0,0,1\n  \n0.02,0,0,1\n";

        var (samples, diagnostics) = Read("blank.csv", content.Replace("\n", lineBreak));

        Assert.Equal([0, 0.01, 0.02], samples.Select(s => s.TimeS));
        Assert.Equal(3, diagnostics.SkippedRows);
        Assert.Equal([(IngestProblemKind.BlankLine, 2L), (IngestProblemKind.BlankLine, 4L), (IngestProblemKind.BlankLine, 6L)],
            diagnostics.Problems.Select(p => (p.Kind, p.Line)));
        string warning = Assert.Single(diagnostics.Warnings);
        Assert.StartsWith("3 blank lines between data rows were skipped; the first: ", warning);
        Assert.EndsWith("blank.csv:2: a blank line between data rows", warning);
    }

    [Theory]
    [InlineData("\n\n")]
    [InlineData("\n\n\n")]
    [InlineData("\n  \n\t\n")]
    [InlineData("\r\n\r\n")]
    public void Blank_lines_after_the_last_row_are_harmless(string end)
    {
        var (samples, diagnostics) = Read("end.csv", Header + "0,0,0,1\n0.01,0,0,1" + end);

        Assert.Equal(2, samples.Count);
        Assert.Empty(diagnostics.Problems);
    }

    [Fact]
    public void Gravity_of_about_9_8_in_a_column_said_to_be_g_warns_the_unit_looks_like_m_s2()
    {
        var (samples, diagnostics) = Read("ms2.csv", Header + "0,0.1,0.2,9.8\n0.01,0.1,0.3,9.7\n0.02,0.0,0.2,9.9\n");

        Assert.Equal(3, samples.Count);
        var warning = Assert.Single(diagnostics.Problems);
        Assert.Equal(IngestProblemKind.SuspectUnit, warning.Kind);
        Assert.Contains("the values look like m/s², not g", warning.Message);
        Assert.Contains("--units", warning.Message);
    }

    [Fact]
    public void One_g_in_a_column_said_to_be_m_s2_warns_the_unit_looks_like_g()
    {
        var (_, diagnostics) = Read("g.csv", "time,ax,ay,az\n0,0,0,1\n0.01,0,0,1.01\n",
            new RecordingOptions { AccelerationUnit = Units.AccelerationUnit.MetersPerSecondSquared });

        Assert.Contains("the values look like g, not m/s²", Assert.Single(diagnostics.Problems).Message);
    }

    [Fact]
    public void Gravity_in_a_file_said_to_have_it_removed_is_a_warning()
    {
        var (_, diagnostics) = Read("linear.csv", "time,ax,ay,az,aT\n0.001,0.1,0.2,9.8,9.8\n0.002,0.0,0.3,9.7,9.7\n");

        var warning = Assert.Single(diagnostics.Problems);
        Assert.Equal(IngestProblemKind.SuspectGravity, warning.Kind);
        Assert.Contains("as if gravity were in it", warning.Message);
    }

    [Fact]
    public void Problems_beyond_the_detail_limit_are_still_counted()
    {
        string rows = string.Concat(Enumerable.Range(1, 50).Select(i => $"{i * 0.01:0.00},NaN,0,1\n"));
        var (samples, diagnostics) = Read("many.csv", Header + "0,0,0,1\n" + rows + "1,0,0,1\n");

        Assert.Equal(2, samples.Count);
        Assert.Equal(50, diagnostics.SkippedRows);
        Assert.Equal(IngestDiagnostics.MaxDetailsPerKind, diagnostics.Problems.Count);
        string warning = Assert.Single(diagnostics.Warnings);
        Assert.StartsWith("50 rows skipped for a NaN or infinite value; the first: ", warning);
        Assert.Contains("many.csv:3: ", warning);
    }

    [Fact]
    public void A_problem_in_a_file_with_a_preamble_is_reported_at_its_line_in_the_file()
    {
        // ActiGraph's export: ten lines of preamble, the header on line 11, the rows from line 12.
        var lines = File.ReadAllLines(Path("actigraph-raw.csv")).ToList();
        lines[13] = "-0.015,NaN,-1.012";

        var (_, diagnostics) = Read("actigraph.csv", string.Join("\n", lines) + "\n");

        var problem = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.NotANumber, 14L), (problem.Kind, problem.Line));
    }

    [Fact]
    public void A_row_whose_first_cell_is_empty_is_reported_not_taken_for_a_blank_line()
    {
        var (samples, diagnostics) = Read("first.csv", Header + "0,0,0,1\n,0,0,1\n0.02,0,0,1\n");

        Assert.Equal([0, 0.02], samples.Select(s => s.TimeS));
        var problem = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.EmptyCell, 3L), (problem.Kind, problem.Line));
    }

    [Fact]
    public void A_stray_quote_costs_its_own_row_and_does_not_swallow_the_lines_after_it()
    {
        var (samples, diagnostics) = Read("quote.csv", Header + "0,0,0,1\n0.01,\"0,0,1\n0.02,0,0,1\n0.03,0,0,1\n");

        Assert.Equal([0, 0.02, 0.03], samples.Select(s => s.TimeS));
        var problem = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.ShortRow, 3L), (problem.Kind, problem.Line));
    }
}
