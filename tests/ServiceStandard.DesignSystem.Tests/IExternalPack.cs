namespace ServiceStandard.DesignSystem.Tests;

/// <summary>An external pack whose fixtures <see cref="PackFixtureTests{TPack}"/> checks.</summary>
public interface IExternalPack
{
    /// <summary>The pack's folder under designsystem/contracts and its fixtures' under Fixtures.</summary>
    static abstract string Id { get; }

    /// <summary>Each edition's folder and the version of the fixtures it is checked against.</summary>
    static abstract TheoryData<string, string> Editions { get; }
}
