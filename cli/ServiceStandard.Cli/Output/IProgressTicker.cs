namespace ServiceStandard.Cli.Output;

/// <summary>Reports that one more item of a long-running piece of work (a page, a check) is done.</summary>
public interface IProgressTicker
{
    void Advance(string item);
}
