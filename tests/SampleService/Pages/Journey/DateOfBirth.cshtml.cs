using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ServiceStandard.DesignSystem.AspNetCore.Binding;

namespace SampleService.Pages.Journey;

public sealed class DateOfBirthModel : JourneyPageModel
{
    /// <summary>
    /// /good's date, from the design system's date input (<c>Dob-day</c>, <c>Dob-month</c>,
    /// <c>Dob-year</c>; ids <c>dob-day</c>…). /bad's form, kept as it was, posts DobDay, DobMonth, DobYear.
    /// </summary>
    [BindProperty]
    public DateInputValue? Dob { get; set; }

    [BindProperty]
    public string? DobDay { get; set; }

    [BindProperty]
    public string? DobMonth { get; set; }

    [BindProperty]
    public string? DobYear { get; set; }

    public override string Step => "date-of-birth";

    public override string PageTitle => T("dob.title");

    protected override string? PreviousStep => "name";

    // PLANTED DEFECT missing-lang (expected-findings.yml): /bad/date-of-birth has no lang on <html>.
    public override bool OmitHtmlLang => IsBad;

    /// <summary>Which of the three inputs to mark as wrong.</summary>
    public ISet<string> InvalidParts { get; } = new HashSet<string>(StringComparer.Ordinal);

    public void OnGet()
    {
        var answers = LoadAnswers();
        (DobDay, DobMonth, DobYear) = (answers.DobDay, answers.DobMonth, answers.DobYear);
        Dob = new DateInputValue(DobDay, DobMonth, DobYear);
    }

    public IActionResult OnPost()
    {
        if (!IsBad)
        {
            (DobDay, DobMonth, DobYear) = (Dob?.Day, Dob?.Month, Dob?.Year);
            // The service's own rules and words decide (the binder's "must be a real date" would name
            // the date in English on a Spanish page): its error and marks are replaced by Validate's.
            ModelState.ClearValidationState(nameof(Dob));
            foreach (var part in DateParts.All)
            {
                ModelState.ClearValidationState(DateParts.FieldName(nameof(Dob), part));
            }
        }

        DobDay = DobDay?.Trim();
        DobMonth = DobMonth?.Trim();
        DobYear = DobYear?.Trim();
        Validate();
        if (HasErrors)
        {
            MarkInvalidParts();
            return Page();
        }

        var answers = LoadAnswers();
        (answers.DobDay, answers.DobMonth, answers.DobYear) = (DobDay, DobMonth, DobYear);
        SaveAnswers(answers);
        return RedirectToStep("address");
    }

    /// <summary>Marks in ModelState the inputs Validate found at fault: the tag helper marks those, and the summary links to the first.</summary>
    private void MarkInvalidParts()
    {
        foreach (var part in DateParts.All)
        {
            var name = DateParts.FieldName(nameof(Dob), part);
            if (InvalidParts.Contains("dob-" + DateParts.Suffix(part)) && ModelState.TryGetValue(name, out var entry))
            {
                entry.ValidationState = ModelValidationState.Invalid;
            }
        }
    }

    private void Validate()
    {
        var parts = new (string Id, string? Value, string MissingKey)[]
        {
            ("dob-day", DobDay, "dob.error.day"),
            ("dob-month", DobMonth, "dob.error.month"),
            ("dob-year", DobYear, "dob.error.year"),
        };
        var missing = parts.Where(p => string.IsNullOrEmpty(p.Value)).ToList();
        if (missing.Count == parts.Length)
        {
            InvalidParts.UnionWith(parts.Select(p => p.Id));
            // PLANTED DEFECT error-suggestion (expected-findings.yml): /bad says only "Invalid" for an
            // empty date of birth, not how to put it right ("Enter your date of birth").
            AddError(nameof(Dob), "dob", IsBad ? "dob.error.generic" : "dob.error.required", "dob-day");
            return;
        }

        if (missing.Count > 0)
        {
            InvalidParts.UnionWith(missing.Select(p => p.Id));
            AddError(nameof(Dob), "dob", missing[0].MissingKey, missing[0].Id);
            return;
        }

        var date = new Infrastructure.Answers { DobDay = DobDay, DobMonth = DobMonth, DobYear = DobYear }.DateOfBirth;
        if (date is null || DobYear!.Length != 4)
        {
            InvalidParts.UnionWith(parts.Select(p => p.Id));
            AddError(nameof(Dob), "dob", "dob.error.real", "dob-day");
        }
        else if (date.Value >= DateOnly.FromDateTime(DateTime.Today))
        {
            InvalidParts.UnionWith(parts.Select(p => p.Id));
            AddError(nameof(Dob), "dob", "dob.error.past", "dob-day");
        }
    }
}
