namespace ServiceStandard.Cli.Output;

/// <summary>Reports that one more item of a long-running piece of work (a page, a check) is done.</summary>
public interface IProgressTicker
{
    /// <param name="total">The total as now known, when the work discovers more items as it goes (a crawl, journeys).</param>
    void Advance(string item, int? total = null);
}
