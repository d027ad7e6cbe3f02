using System.Xml;

namespace SampleService.CodeDefects;

/// <summary>Imports anglers' catch returns uploaded as XML. Never called.</summary>
internal static class CatchReturnImport
{
    internal static XmlDocument Read(Stream upload)
    {
        var document = new XmlDocument();
        // PLANTED DEFECT SS0024 (expected-findings.yml): with a resolver, the upload's external entities are fetched.
        document.XmlResolver = new XmlUrlResolver();
        document.Load(upload);
        return document;
    }
}
