using System.Globalization;
using RepSense.Analysis.Reports;
using RepSense.Cli.Plotting;
using RepSense.Cli.Plotting.Plottables;

namespace RepSense.Cli.Reports;

/// <summary>
/// The two plots of one set. <see cref="SignalPlot"/>: the movement signal over time with each rep's boundaries as
/// vertical lines, its phases shaded by kind and its flags marked above it with their codes.
/// <see cref="PhaseDurationPlot"/>: one stacked bar per rep, the phases stacked in the order the rep goes through
/// them. Reps whose phases were not analysed (null phase fields) show boundaries only, and a grey bar of their
/// whole duration.
/// </summary>
public static class TempoPlots
{
    public const int WidthPx = 960;
    public const int SignalHeightPx = 360;
    public const int PhaseHeightPx = 280;

    /// <summary>Flags sit in a band above the signal, this fraction of its range higher than its maximum.</summary>
    private const double FlagBandFraction = 0.12;

    private static readonly Color SignalColor = Color.FromHex("#333333");
    private static readonly Color BoundaryColor = Color.FromHex("#555555");
    private static readonly Color UnanalysedColor = Color.FromHex("#9e9e9e");

    private static readonly Color FaultColor = Color.FromHex("#b00020");
    private static readonly Color InfoColor = Color.FromHex("#7a4f00");

    public static Plot SignalPlot(SetReport set, SetSignal? signal)
    {
        var plot = new Plot();
        plot.Title(Title(set));
        plot.XLabel("time, s");
        plot.YLabel(signal?.YLabel ?? "movement signal");
        var reps = set.RepDetails;
        var order = RepPhases.InferOrder(reps);

        var phases = reps.SelectMany((rep, i) => RepPhases.Lay(rep, order, i + 1 < reps.Count ? reps[i + 1].StartS : null)).ToList();
        foreach (var kind in Enum.GetValues<PhaseKind>())
        {
            bool first = true;
            foreach (var phase in phases.Where(p => p.Kind == kind))
            {
                var span = plot.Add.HorizontalSpan(phase.StartS, phase.EndS, PhaseStyle.ColorOf(kind));
                span.FillColor = PhaseStyle.ColorOf(kind).WithAlpha(0.25);
                if (first) span.LegendText = PhaseStyle.LabelOf(kind);
                first = false;
            }
        }

        double signalMin = double.NaN, signalMax = double.NaN;
        if (signal is { Values.Count: > 0 })
        {
            var line = plot.Add.Signal(signal.Values, signal.Rate, SignalColor);
            line.Data.XOffset = signal.StartS;
            line.LegendText = "movement signal";
            var limits = line.GetAxisLimits();
            (signalMin, signalMax) = (limits.Bottom, limits.Top);
        }

        AddBoundaries(plot, reps);
        AddFlags(plot, reps, signalMin, signalMax);
        plot.Axes.Margins(0.01, 0.01, 0.06, 0.1);
        plot.ShowLegend();
        return plot;
    }

    public static Plot PhaseDurationPlot(SetReport set)
    {
        var plot = new Plot();
        plot.Title(Title(set) + ": phase durations per rep");
        plot.XLabel("rep");
        plot.YLabel("duration, s");
        var reps = set.RepDetails;
        var order = RepPhases.InferOrder(reps);

        var stackTop = new double[reps.Count]; // by position, so a repeated rep index cannot break the chart
        foreach (var kind in RepPhases.KindsInTimeOrder(order))
        {
            var bars = new List<Bar>();
            for (int i = 0; i < reps.Count; i++)
            {
                var rep = reps[i];
                if (RepPhases.Duration(rep, kind) is not double durationS || durationS <= 0)
                    continue;
                bars.Add(new Bar { Position = rep.Index, ValueBase = stackTop[i], Value = stackTop[i] + durationS });
                stackTop[i] += durationS;
            }
            if (bars.Count == 0) continue;
            var group = plot.Add.Bars(bars);
            group.Color = PhaseStyle.ColorOf(kind);
            group.LegendText = PhaseStyle.LabelOf(kind);
        }

        var unanalysed = reps.Where(r => r.ConcentricS is null && r.EccentricS is null)
            .Select(r => new Bar { Position = r.Index, Value = Math.Max(0, r.EndS - r.StartS) }).ToList();
        if (unanalysed.Count > 0)
        {
            var group = plot.Add.Bars(unanalysed);
            group.Color = UnanalysedColor;
            group.LegendText = "rep (phases not analysed)";
        }

        if (reps.Count > 0)
            plot.Axes.Bottom.SetTicks(reps.Select(r => (double)r.Index).ToArray(),
                reps.Select(r => r.Index.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(0.02, 0.02, 0, 0.1);
        plot.ShowLegend();
        return plot;
    }

    private static string Title(SetReport set)
    {
        string title = $"Set {set.Index.ToString(CultureInfo.InvariantCulture)}";
        if (!string.IsNullOrWhiteSpace(set.Exercise)) title += $": {set.Exercise}";
        title += set.Reps == 1 ? " (1 rep" : $" ({set.Reps.ToString(CultureInfo.InvariantCulture)} reps";
        if (!string.IsNullOrWhiteSpace(set.Tempo)) title += $", tempo {set.Tempo}";
        return title + ")";
    }

    /// <summary>A dashed line where each rep starts (labelled with its number) and ends; an end that is the next
    /// rep's start is drawn once.</summary>
    private static void AddBoundaries(Plot plot, IReadOnlyList<RepReport> reps)
    {
        var drawn = new List<double>();
        bool legend = true;
        foreach (var rep in reps)
        {
            Boundary(rep.StartS, "#" + rep.Index.ToString(CultureInfo.InvariantCulture));
            Boundary(rep.EndS, "");
        }

        void Boundary(double timeS, string label)
        {
            if (drawn.Any(t => Math.Abs(t - timeS) < 1e-6)) return;
            drawn.Add(timeS);
            var line = plot.Add.VerticalLine(timeS, 1, BoundaryColor, LinePattern.Dashed);
            line.LabelText = label;
            if (legend) line.LegendText = "rep boundary";
            legend = false;
        }
    }

    /// <summary>A marker above each flagged rep's turn, with its flag codes above it; labels of neighbouring flagged
    /// reps alternate between two heights so short reps' labels do not overlap.</summary>
    private static void AddFlags(Plot plot, IReadOnlyList<RepReport> reps, double signalMin, double signalMax)
    {
        if (!double.IsFinite(signalMax))
            (signalMin, signalMax) = (0, 1);
        double range = signalMax > signalMin ? signalMax - signalMin : Math.Max(1, Math.Abs(signalMax));
        double markerY = signalMax + FlagBandFraction * range;
        var legendDone = new HashSet<bool>();
        int flagged = 0;
        foreach (var rep in reps)
        {
            if (rep.Flags is not { Count: > 0 } flags) continue;
            bool fault = flags.Any(f => string.Equals(f.Severity, "fault", StringComparison.OrdinalIgnoreCase));
            var color = fault ? FaultColor : InfoColor;
            var marker = plot.Add.Marker(rep.TurnS, markerY, MarkerShape.FilledTriangleDown, 10, color);
            if (legendDone.Add(fault)) marker.LegendText = fault ? "flagged rep (fault)" : "flagged rep (info)";

            var label = plot.Add.Text(string.Join(", ", flags.Select(f => f.Code)), rep.TurnS, markerY);
            label.LabelAlignment = Alignment.LowerCenter;
            label.LabelFontSize = 11;
            label.LabelFontColor = color;
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
            label.OffsetY = flagged++ % 2 == 0 ? -8 : -22;
        }
        // The labels stand up to two text lines above the markers; leave them room inside the data area.
        if (flagged > 0)
            plot.Axes.SetLimitsY(signalMin - 0.06 * range, markerY + 0.3 * range);
    }
}
