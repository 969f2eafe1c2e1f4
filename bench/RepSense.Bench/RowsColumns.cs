using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RepSense.Bench;

/// <summary>Rows per second at the median time of an operation that reads <see cref="IngestBenchmarks.Rows"/> rows.</summary>
internal sealed class RowsPerSecondColumn : IColumn
{
    public string Id => nameof(RowsPerSecondColumn);
    public string ColumnName => "Median rows/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Rows of the 1-hour file per second, at the median operation time";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "n/a" : $"{IngestBenchmarks.Rows / (statistics.Median * 1e-9) / 1e6:0.00} M";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}

/// <summary>Bytes allocated per row of the file: near zero when parsing allocates nothing per row.</summary>
internal sealed class BytesPerRowColumn : IColumn
{
    public string Id => nameof(BytesPerRowColumn);
    public string ColumnName => "Allocated B/row";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Bytes allocated per operation divided by the rows it reads";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        long? bytes = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is null ? "n/a" : $"{(double)bytes / IngestBenchmarks.Rows:0.###}";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}
