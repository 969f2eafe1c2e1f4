using RepSense.Analysis;
using RepSense.Analysis.Reps;
using RepSense.Cli.Commands.Live;

namespace RepSense.Cli.Tests.Commands;

/// <summary>`repsense live`'s lines for hand-built events: the text a lifter reads (a cut rep said so, counts in
/// words, holes listed up to a limit and then counted) and JSON lines that carry every event.</summary>
public class LiveEventWriterTests
{
    private static (LiveEventWriter Writer, StringWriter Output) Writer(bool json)
    {
        var output = new StringWriter { NewLine = "\n" };
        return (new LiveEventWriter(output, json), output);
    }

    private static string[] Lines(StringWriter output) => output.ToString().TrimEnd('\n').Split('\n');

    [Fact]
    public void A_rep_the_input_stopped_during_is_said_so_and_a_whole_one_is_not()
    {
        var (writer, output) = Writer(json: false);

        writer.Write(new RepCounted(1, new Rep(4, 10, 11, 12.5, 1), 13));
        writer.Write(new RepCounted(1, new Rep(5, 12.5, 13.5, 14, 1) { SecondHalfCut = true }, 14));

        var lines = Lines(output);
        Assert.DoesNotContain("stopped", lines[0]);
        Assert.EndsWith(" (the input stopped during it)", lines[1]);
    }

    [Fact]
    public void Counts_are_written_in_words_one_and_many()
    {
        var (writer, output) = Writer(json: false);

        writer.Write(new ProvisionalRep(1, 1, 2, 3, 3.2));
        writer.Write(new ProvisionalRepsWithdrawn(1, 4));
        writer.Write(new ProvisionalRepsWithdrawn(3, 9));

        var lines = Lines(output);
        Assert.Equal("1 provisional rep withdrawn (not reps of a set)", lines[1]);
        Assert.Equal("3 provisional reps withdrawn (not reps of a set)", lines[2]);
    }

    [Fact]
    public void A_set_replacing_provisional_reps_says_how_many_and_one_after_a_withdrawal_says_nothing_of_them()
    {
        var (writer, output) = Writer(json: false);

        writer.Write(new ProvisionalRep(1, 1, 2, 3, 3.2));
        writer.Write(new ProvisionalRep(2, 3, 4, 5, 5.2));
        writer.Write(new SetStarted(1, 1, 2, 9));
        writer.Write(new ProvisionalRep(1, 30, 31, 32, 32.2));
        writer.Write(new ProvisionalRepsWithdrawn(1, 40));
        writer.Write(new SetStarted(2, 50, 2, 57));

        var lines = Lines(output);
        Assert.EndsWith(" (its reps below replace 2 provisional ones)", lines[2]);
        Assert.DoesNotContain("replace", lines[5]);
    }

    [Fact]
    public void Text_lists_holes_up_to_the_limit_then_says_once_that_the_rest_are_counted()
    {
        var (writer, output) = Writer(json: false);
        int holes = LiveEventWriter.MaxGapsListed + 5;

        for (int i = 0; i < holes; i++) writer.Write(new SignalGap(10 * i, 10 * i + 3));

        var lines = Lines(output);
        Assert.Equal(LiveEventWriter.MaxGapsListed + 1, lines.Length);
        Assert.All(lines.Take(LiveEventWriter.MaxGapsListed), l => Assert.StartsWith("no samples from ", l));
        Assert.Equal("(more holes in the input; they are not listed, their number comes at the end)", lines[^1]);
        Assert.Equal((holes, 5), (writer.GapCount, writer.GapsNotListed));
    }

    [Fact]
    public void Json_lines_carry_every_hole()
    {
        var (writer, output) = Writer(json: true);
        int holes = LiveEventWriter.MaxGapsListed + 5;

        for (int i = 0; i < holes; i++) writer.Write(new SignalGap(10 * i, 10 * i + 3));

        var lines = Lines(output);
        Assert.Equal(holes, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("{\"event\":\"gap\"", l));
        Assert.Equal((holes, 0), (writer.GapCount, writer.GapsNotListed));
    }
}
