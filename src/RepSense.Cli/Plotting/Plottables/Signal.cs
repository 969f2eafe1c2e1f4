namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// A line through evenly sampled values (<c>plot.Add.Signal(ys, period)</c>), drawn per pixel column so that long
/// recordings stay small; see <see cref="SignalPath"/> for the decimation and how NaN gaps are drawn.
/// </summary>
public sealed class Signal : LinePlottable
{
    public Signal(SignalSource data) : base(lineWidth: 1.5) => Data = data;

    public SignalSource Data { get; }

    public Color Color { get => LineColor; set => LineColor = value; }

    /// <summary>X from the first to the last sample; Y over the finite samples (NaN when there are none).</summary>
    public override AxisLimits GetAxisLimits()
    {
        if (Data.Length == 0) return AxisLimits.NoLimits;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < Data.Length; i++)
        {
            double y = Data.Ys[i];
            if (!double.IsFinite(y)) continue;
            if (y < min) min = y;
            if (y > max) max = y;
        }
        return new AxisLimits(Data.GetX(0), Data.GetX(Data.Length - 1),
            min <= max ? min : double.NaN, min <= max ? max : double.NaN);
    }

    public override void Render(RenderPack rp)
    {
        rp.Svg.Begin("g").Attr("class", "signal");
        string d = SignalPath.Build(Data, rp);
        if (d.Length > 0 && LineStyle.IsVisible)
            rp.Svg.Begin("path").Attr("d", d).Attr("fill", "none").Stroke(LineStyle)
                .Attr("stroke-linejoin", "round").Attr("stroke-linecap", "round").End();
        rp.Svg.End();
    }
}
