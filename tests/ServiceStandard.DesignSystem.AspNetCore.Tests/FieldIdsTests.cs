namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>The id convention the examples follow, which the fields and the error summary's links share.</summary>
public sealed class FieldIdsTests
{
    [Theory]
    [InlineData("eventName", "event-name")]
    [InlineData("EventName", "event-name")]
    [InlineData("passportIssued", "passport-issued")]
    [InlineData("addressLine1", "address-line-1")]
    [InlineData("Address.Postcode", "address-postcode")]
    [InlineData("Items[0].Name", "items-0-name")]
    [InlineData("HTMLParser", "html-parser")]
    [InlineData("dob", "dob")]
    public void A_name_becomes_its_kebab_case_id(string name, string id) => Assert.Equal(id, FieldIds.FromName(name));
}
