using ServiceStandard.Checks.Accessibility.Journey;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Tests.Accessibility;

/// <summary>The forms and journey rules on evidence literals, with no browser.</summary>
public class JourneyCheckTests
{
    private static readonly JourneyCheck Check = new(TestCatalog.Instance);

    private static FormField Field(string id, string? autocomplete = null, string label = "", bool hasValue = false, string type = "text", bool credential = false, bool? pasteBlocked = null) =>
        new("#" + id, type, id, id, autocomplete, label, hasValue, credential, pasteBlocked, [], string.Empty);

    private static JourneyStepRecord Fill(int index, FormField field) => new(index, "fill", field.Selector, field, false, false, null, field.Selector, []);

    private static JourneyStepRecord Click(int index, bool navigated = true, params PageChange[] changes) => new(index, "click", "#continue", null, navigated, false, null, null, changes);

    private static FormsProbe Forms(params FormField[] fields) => new(fields, [], [], null, null);

    [Fact]
    public void A_later_page_asking_again_for_the_same_autocomplete_purpose_is_a_violation_and_prefilled_passes()
    {
        var name = Field("full-name", "name", "Full name");
        var first = Snapshots.Step("apply", 1, "https://s.test/name") with { Forms = Forms(name) };
        var asked = Snapshots.Step("apply", 3, "https://s.test/address") with { Forms = Forms(Field("resident", "name", "Resident")), Steps = [Fill(2, name), Click(3)] };
        var prefilled = asked with { Forms = Forms(Field("resident", "name", "Resident", hasValue: true)) };

        var finding = Assert.Single(Snapshots.Run(Check, [first, asked]), f => f.RuleId == "redundant-entry");
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Equal("#resident", ((PageLocation)finding.Location).Selector);
        Assert.DoesNotContain(Snapshots.Run(Check, [first, prefilled]), f => f.RuleId == "redundant-entry");
    }

    [Fact]
    public void The_same_label_alone_is_for_review_and_a_password_never_counts()
    {
        var phone = Field("phone", label: "Phone number");
        var password = Field("password", "current-password", "Password", type: "password", credential: true);
        var first = Snapshots.Step("apply", 1, "https://s.test/contact") with { Forms = Forms(phone, password) };
        var later = Snapshots.Step("apply", 4, "https://s.test/referee") with
        {
            Forms = Forms(Field("referee-phone", label: "Phone number"), Field("again", "current-password", "Password", type: "password", credential: true)),
            Steps = [Fill(2, phone), Fill(3, password), Click(4)],
        };

        var finding = Assert.Single(Snapshots.Run(Check, [first, later]), f => f.RuleId == "redundant-entry");
        Assert.Equal(FindingKind.NeedsReview, finding.Kind);
    }

    [Fact]
    public void Paste_blocked_on_a_credential_field_is_a_violation_and_a_captcha_is_for_review()
    {
        var page = Snapshots.Page() with
        {
            Forms = new FormsProbe([Field("password", "current-password", "Password", type: "password", credential: true, pasteBlocked: true)], [], [new CaptchaWidget("div.g-recaptcha", "recaptcha", "<div class=\"g-recaptcha\">")], null, null),
        };

        var findings = Snapshots.Run(Check, page).Where(f => f.RuleId == "accessible-authentication").ToList();
        Assert.Equal([FindingKind.Violation, FindingKind.NeedsReview], findings.Select(f => f.Kind));
    }

    [Fact]
    public void A_select_that_navigates_is_an_on_input_violation_a_click_is_not()
    {
        var service = Field("service", type: "select", label: "Choose a service");
        var first = Snapshots.Step("browse", 1, "https://s.test/services");
        var select = new JourneyStepRecord(2, "select", "#service", service, true, false, null, null, []);
        var navigatedBySelect = Snapshots.Step("browse", 2, "https://s.test/parking") with { Steps = [select] };
        var navigatedByClick = Snapshots.Step("browse", 3, "https://s.test/parking") with { Steps = [select with { Navigated = false }, Click(3)] };

        var finding = Assert.Single(Snapshots.Run(Check, [first, navigatedBySelect]), f => f.RuleId == "on-input");
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Equal("https://s.test/services", ((PageLocation)finding.Location).Url);
        Assert.DoesNotContain(Snapshots.Run(Check, [first, navigatedByClick]), f => f.RuleId == "on-input");
    }

    [Fact]
    public void Added_status_text_outside_a_live_region_is_a_violation_inside_one_passes()
    {
        var added = new PageChange("p.status", "3 addresses found", false, false, false);
        var page = Snapshots.Step("lookup", 3, "https://s.test/address") with { Steps = [Click(3, navigated: false, added)] };
        var live = page with { Steps = [Click(3, navigated: false, added with { LiveRegion = true })] };

        Assert.Equal(FindingKind.Violation, Assert.Single(Snapshots.Run(Check, page), f => f.RuleId == "status-message").Kind);
        Assert.DoesNotContain(Snapshots.Run(Check, live), f => f.RuleId == "status-message");
    }

    [Theory]
    [InlineData("Invalid", true)]
    [InlineData("Error: Invalid", true)]
    [InlineData("Email is invalid", true)]
    [InlineData("Campo inválido", true)]
    [InlineData("", true)]
    [InlineData("Enter your full name", false)]
    [InlineData("Enter an email address in the correct format, like name@example.com", false)]
    [InlineData("Introduzca su fecha de nacimiento", false)]
    public void Generic_error_messages_are_told_from_suggestions(string text, bool generic)
    {
        var page = Snapshots.Page() with { Forms = new FormsProbe([], [new ErrorMessageText("#email-error", text, "#email")], [], null, null) };

        var findings = Snapshots.Run(Check, page).Where(f => f.RuleId == "error-suggestion").ToList();

        Assert.All(findings, f => Assert.Equal(FindingKind.NeedsReview, f.Kind));
        Assert.Equal(generic, findings.Any(f => f.Severity == Severity.Serious));
        Assert.Single(findings);
    }

    [Fact]
    public void A_journey_that_submits_without_a_review_is_for_review_and_with_one_is_not()
    {
        var name = Field("full-name", "name", "Full name");
        var question = Snapshots.Step("apply", 1, "https://s.test/name") with { Forms = Forms(name) };
        var done = Snapshots.Step("apply", 3, "https://s.test/done", title: "Application complete – Apply") with { Forms = Forms(), Steps = [Fill(2, name), Click(3)] };
        var review = Snapshots.Step("apply", 3, "https://s.test/check", title: "Check your answers – Apply") with
        {
            Forms = new FormsProbe([], [], [], "heading: Check your answers", null),
            Steps = [Fill(2, name), Click(3)],
        };

        Assert.Equal(FindingKind.NeedsReview, Assert.Single(Snapshots.Run(Check, [question, done]), f => f.RuleId == "error-prevention").Kind);
        Assert.DoesNotContain(Snapshots.Run(Check, [question, review, done with { Origin = PageOrigin.JourneyStep("apply", 4, "click"), Steps = [Click(4)] }]), f => f.RuleId == "error-prevention");
    }
}
