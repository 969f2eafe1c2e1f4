using RepSense.Analysis.Conditioning;
using RepSense.Ingest;

namespace RepSense.Analysis.Reps;

/// <summary>
/// One analysis from recorder samples to events: a <see cref="SignalConditioner"/> feeding a
/// <see cref="RepAnalyzer"/>. The analyzer is created on the first frame, once the conditioner knows whether the
/// recording has a gyroscope. Not thread-safe; one instance per subscription.
/// </summary>
public sealed class RepPipeline
{
    private readonly CountingOptions _options;
    private readonly SignalConditioner _conditioner = new();
    private RepAnalyzer? _analyzer;
    private readonly Action<Frame> _onFrame;
    private readonly Action<double, double> _onGap;
    private List<AnalysisEvent> _sink = new();

    public RepPipeline(CountingOptions? options = null)
    {
        _options = options ?? CountingOptions.Default;
        _onFrame = f => (_analyzer ??= new RepAnalyzer(_options, _conditioner.HasGyro)).Push(f, _sink);
        _onGap = (a, b) => _analyzer?.Gap(a, b, _sink);
    }

    /// <summary>The conditioner (input rate, gaps) for reports.</summary>
    public SignalConditioner Conditioner => _conditioner;

    /// <summary>Feeds one sample; returns the events it completed (into <paramref name="output"/>).</summary>
    public void Push(in ImuSample sample, List<AnalysisEvent> output)
    {
        _sink = output;
        _conditioner.Push(sample, _onFrame, _onGap);
    }

    /// <summary>Ends the stream.</summary>
    public void Complete(List<AnalysisEvent> output)
    {
        _sink = output;
        _conditioner.Complete(_onFrame, _onGap);
        _analyzer?.Complete(output);
    }

    /// <summary>Runs a whole sample sequence; the same events as pushing the samples one by one.</summary>
    public static List<AnalysisEvent> Run(IEnumerable<ImuSample> samples, CountingOptions? options = null)
    {
        var pipeline = new RepPipeline(options);
        var events = new List<AnalysisEvent>();
        foreach (var s in samples) pipeline.Push(s, events);
        pipeline.Complete(events);
        return events;
    }
}
