using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RepSense.Bench;

/// <summary>A column that divides a benchmark's result by the rows of the 1-hour file it reads (both benchmark classes
/// read 360,000 rows).</summary>
internal abstract class PerRowColumn(string name, string legend, int priority) : IColumn
{
    public string Id => GetType().Name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => priority;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase] is { } report ? Value(report, benchmarkCase) ?? "n/a" : "n/a";

    protected abstract string? Value(BenchmarkReport report, BenchmarkCase benchmarkCase);

    protected const int Rows = SimulatedHour.Rows;
}

/// <summary>The per-row columns, for a benchmark class's <c>[Config]</c>.</summary>
internal sealed class PerRowColumns : BenchmarkDotNet.Configs.ManualConfig
{
    public PerRowColumns() => AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, new RowsPerSecondColumn(), new BytesPerRowColumn());
}

/// <summary>Rows per second at the median time of an operation.</summary>
internal sealed class RowsPerSecondColumn() : PerRowColumn("Median rows/s", "Rows of the 1-hour file per second, at the median operation time", 0)
{
    protected override string? Value(BenchmarkReport report, BenchmarkCase benchmarkCase) =>
        report.ResultStatistics is { } statistics ? $"{Rows / (statistics.Median * 1e-9) / 1e6:0.00} M" : null;
}

/// <summary>Bytes allocated per row of the file: near zero when parsing allocates nothing per row.</summary>
internal sealed class BytesPerRowColumn() : PerRowColumn("Allocated B/row", "Bytes allocated per operation divided by the rows it reads", 1)
{
    protected override string? Value(BenchmarkReport report, BenchmarkCase benchmarkCase) =>
        report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes ? $"{(double)bytes / Rows:0.###}" : null;
}
