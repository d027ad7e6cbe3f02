using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Configuration;

/// <summary>
/// One action of a journey or of the login: a closed set of kinds, each remembering its
/// 1-based position and where it is written, so a failure at run time can say
/// "journey apply, step 3 (click 'a.start'): selector not found".
/// </summary>
public abstract record JourneyStep
{
    private protected JourneyStep(int index, SourceLocation location)
    {
        Index = index;
        Location = location;
    }

    /// <summary>The step's position in its list, from 1.</summary>
    public int Index { get; }

    public SourceLocation Location { get; }

    /// <summary>The YAML key of this kind of step (goto, click, fill, ...).</summary>
    public abstract string Kind { get; }

    /// <summary>The step in a few words: <c>click 'a.start'</c>. Environment references stay unresolved.</summary>
    public abstract string Summary { get; }

    /// <summary><c>step 3 (click 'a.start')</c>.</summary>
    public string Describe() => $"step {Index} ({Summary})";
}

/// <summary>Open a path (resolved against the base URL) or an absolute URL inside the allowed origins.</summary>
public sealed record GotoStep(int Index, SourceLocation Location, string Url) : JourneyStep(Index, Location)
{
    public override string Kind => "goto";

    public override string Summary => $"goto '{Url}'";
}

public sealed record ClickStep(int Index, SourceLocation Location, string Selector) : JourneyStep(Index, Location)
{
    public override string Kind => "click";

    public override string Summary => $"click '{Selector}'";
}

/// <summary>Type <see cref="Value"/> into the field matched by <see cref="Selector"/>.</summary>
public sealed record FillStep(int Index, SourceLocation Location, string Selector, ConfigValue Value) : JourneyStep(Index, Location)
{
    public override string Kind => "fill";

    public override string Summary => $"fill '{Selector}'";
}

/// <summary>Choose the option whose value or label is <see cref="Value"/> in a select element.</summary>
public sealed record SelectStep(int Index, SourceLocation Location, string Selector, ConfigValue Value) : JourneyStep(Index, Location)
{
    public override string Kind => "select";

    public override string Summary => $"select '{Value}' in '{Selector}'";
}

/// <summary>Tick a checkbox or choose a radio button.</summary>
public sealed record CheckStep(int Index, SourceLocation Location, string Selector) : JourneyStep(Index, Location)
{
    public override string Kind => "check";

    public override string Summary => $"check '{Selector}'";
}

/// <summary>Press a key (Playwright key names: Enter, Tab, Escape, ...) on an element, or on the page when <see cref="Selector"/> is null.</summary>
public sealed record PressStep(int Index, SourceLocation Location, string? Selector, string Key) : JourneyStep(Index, Location)
{
    public override string Kind => "press";

    public override string Summary => Selector is null ? $"press {Key}" : $"press {Key} on '{Selector}'";
}

/// <summary>Wait until an element matching <see cref="Selector"/> is visible.</summary>
public sealed record WaitForStep(int Index, SourceLocation Location, string Selector) : JourneyStep(Index, Location)
{
    public override string Kind => "waitFor";

    public override string Summary => $"waitFor '{Selector}'";
}

/// <summary>Assert that an element matching <see cref="Selector"/> exists and, when <see cref="Text"/> is given, contains that text.</summary>
public sealed record ExpectStep(int Index, SourceLocation Location, string Selector, string? Text) : JourneyStep(Index, Location)
{
    public override string Kind => "expect";

    public override string Summary => Text is null ? $"expect '{Selector}'" : $"expect '{Selector}' to contain '{Text}'";
}
