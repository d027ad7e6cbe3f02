using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-file-upload asp-for="LicencePhoto" label="Upload a photo of your licence"&gt;</c>: the
/// native file input in its form group, with its label, hint and error message (from ModelState)
/// joined to it by aria-describedby. <c>multiple="true"</c> lets people choose several files;
/// <c>drop-zone="true"</c> wraps the input in the drop zone the design system's script enhances,
/// which keeps the native input as the control. A file input never shows a value.
/// </summary>
[HtmlTargetElement("ds-file-upload")]
public sealed class FileUploadTagHelper : FormField
{
    [HtmlAttributeName("multiple")]
    public bool Multiple { get; set; }

    [HtmlAttributeName("drop-zone")]
    public bool DropZone { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = await ResolveAsync(context, output);
        var input = new Element("input")
            .Class("ds-file-upload", field.HasError ? "ds-file-upload--error" : null)
            .Attr("id", field.Id).Attr("name", field.Name).Attr("type", "file")
            .Flag("multiple", Multiple)
            .Merge(field.Attributes)
            .DescribedBy([field.HintId, field.ErrorId]);
        IHtmlContent control = DropZone
            ? new Element("div").Class("ds-drop-zone").Attr("data-module", "ds-file-upload").Add(Parts.Lines(input))
            : input;
        WriteFormGroup(output, field, Parts.FormGroup(field.HasError), control);
    }
}
