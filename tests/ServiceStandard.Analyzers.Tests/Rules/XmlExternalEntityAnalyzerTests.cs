using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class XmlExternalEntityAnalyzerTests
{
    [Fact]
    public Task Settings_that_turn_external_entities_on_are_reported() =>
        Verify<XmlExternalEntityAnalyzer>.AnalyzerAsync("""
            #pragma warning disable CS0618
            using System.IO;
            using System.Xml;

            public static class Imports
            {
                private static readonly XmlReaderSettings Lenient = new()
                {
                    {|SS0024:DtdProcessing = DtdProcessing.Parse|},
                    XmlResolver = new XmlUrlResolver(),
                };

                public static XmlDocument Load(Stream upload)
                {
                    var document = new XmlDocument();
                    {|SS0024:document.XmlResolver = new XmlUrlResolver()|};
                    document.Load(upload);
                    return document;
                }

                public static XmlReader Read(Stream upload)
                {
                    var settings = new XmlReaderSettings();
                    {|SS0024:settings.ProhibitDtd = false|};
                    settings.XmlResolver = new XmlUrlResolver();
                    return XmlReader.Create(upload, settings);
                }

                public static string Legacy(Stream upload)
                {
                    using var reader = new XmlTextReader(upload) { {|SS0024:DtdProcessing = DtdProcessing.Parse|} };
                    return reader.ReadElementContentAsString();
                }
            }
            """);

    [Fact]
    public Task Defaults_prohibited_dtds_and_null_resolvers_are_not_reported() =>
        Verify<XmlExternalEntityAnalyzer>.AnalyzerAsync("""
            using System.IO;
            using System.Xml;

            public static class Imports
            {
                public static XmlReader Strict(Stream upload) =>
                    XmlReader.Create(upload, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });

                public static XmlReader Dtds(Stream upload) =>
                    XmlReader.Create(upload, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, MaxCharactersFromEntities = 1024 });

                public static XmlDocument Load(Stream upload)
                {
                    var document = new XmlDocument { XmlResolver = null };
                    document.Load(upload);
                    return document;
                }

                public static string Legacy(Stream upload)
                {
                    using var reader = new XmlTextReader(upload) { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
                    return reader.ReadElementContentAsString();
                }
            }
            """);
}
