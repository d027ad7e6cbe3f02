namespace ServiceStandard.DesignSystem.Tests;

/// <summary>Every example of every component passes every contract: its own and those of the components inside it.</summary>
public class ExampleContractTests
{
    public static TheoryData<string, string> Examples() => DesignSystemFiles.Examples();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_has_no_contract_violations(string component, string example)
    {
        var page = ExamplePage.Wrap(DesignSystemFiles.ExampleHtml(component, example), $"{component}: {example}");

        var evaluation = DesignSystemFiles.Engine.Evaluate(page);

        Assert.True(evaluation.Violations.Count == 0, string.Join('\n', evaluation.Violations));
        Assert.True(evaluation.Instances[component] > 0, $"the example shows no instance of {component} (its root selector matches nothing)");
    }

    /// <summary>
    /// The checks see the DOM after the design system's JavaScript ran. The character count then adds
    /// a visible status that looks like a hint (or, over the limit, an error message) but is hidden
    /// from assistive technologies; it is not a hint or error message that must be referenced.
    /// </summary>
    [Fact]
    public void The_character_count_enhanced_by_script_meets_its_contracts()
    {
        const string Enhanced = """
            <div class="ds-form-group ds-form-group--error ds-character-count" data-module="ds-character-count" data-maxlength="10">
              <label class="ds-label" for="job-title">What is your job title?</label>
              <p id="job-title-error" class="ds-error-message"><span class="ds-visually-hidden">Error:</span> Job title must be 10 characters or less</p>
              <textarea class="ds-textarea ds-js-character-count ds-textarea--error" id="job-title" name="jobTitle" rows="5" aria-describedby="job-title-info job-title-error">Chief executive officer</textarea>
              <div class="ds-character-count__message ds-character-count__status ds-error-message" aria-hidden="true">You have 13 characters too many</div>
              <div class="ds-character-count__sr-status ds-visually-hidden" aria-live="polite">You have 13 characters too many</div>
              <div id="job-title-info" class="ds-hint ds-character-count__message ds-visually-hidden">You can enter up to 10 characters</div>
            </div>
            <div class="ds-form-group ds-character-count" data-module="ds-character-count" data-maxlength="200">
              <label class="ds-label" for="more-detail">Can you provide more detail?</label>
              <textarea class="ds-textarea ds-js-character-count" id="more-detail" name="moreDetail" rows="5" aria-describedby="more-detail-info"></textarea>
              <div class="ds-hint ds-character-count__message ds-character-count__status" aria-hidden="true">You have 200 characters remaining</div>
              <div class="ds-character-count__sr-status ds-visually-hidden" aria-live="polite"></div>
              <div id="more-detail-info" class="ds-hint ds-character-count__message ds-visually-hidden">You can enter up to 200 characters</div>
            </div>
            """;

        var evaluation = DesignSystemFiles.Engine.Evaluate(ExamplePage.Wrap(Enhanced, "Enhanced character count"));

        Assert.True(evaluation.Violations.Count == 0, string.Join('\n', evaluation.Violations));
    }
}
