using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class UnsafeDeserializationAnalyzerTests
{
    // Json.NET and the .NET Framework formatters are not in the SDK's reference packs; stand-ins with their shape.
    private const string JsonNet = """
        namespace Newtonsoft.Json
        {
            public enum TypeNameHandling { None, Objects, Arrays, All, Auto }
            public sealed class JsonSerializerSettings
            {
                public TypeNameHandling TypeNameHandling { get; set; }
                public Serialization.ISerializationBinder? SerializationBinder { get; set; }
            }
            public sealed class JsonSerializer
            {
                public TypeNameHandling TypeNameHandling { get; set; }
            }
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class JsonPropertyAttribute : System.Attribute
            {
                public TypeNameHandling TypeNameHandling { get; set; }
                public TypeNameHandling ItemTypeNameHandling { get; set; }
            }
            public static class JsonConvert
            {
                public static T? DeserializeObject<T>(string value, JsonSerializerSettings settings) => default;
            }
        }
        namespace Newtonsoft.Json.Serialization
        {
            public interface ISerializationBinder { }
        }
        namespace System.Web.UI
        {
            public sealed class LosFormatter { public object Deserialize(string input) => input; }
        }
        """;

    [Fact]
    public Task Formatters_that_create_the_types_the_data_names_are_reported() =>
        Verify<UnsafeDeserializationAnalyzer>.AnalyzerAsync([
            """
            #pragma warning disable SYSLIB0011
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            using Newtonsoft.Json;

            public sealed class Basket
            {
                [JsonProperty({|SS0020:TypeNameHandling = TypeNameHandling.All|})]
                public object? Items { get; set; }
            }

            public static class Sessions
            {
                private static readonly JsonSerializerSettings Settings = new() { {|SS0020:TypeNameHandling = TypeNameHandling.Auto|} };

                public static object Restore(Stream stream) => {|SS0020:new BinaryFormatter().Deserialize(stream)|};

                public static object Load(string state)
                {
                    var formatter = new System.Web.UI.LosFormatter();
                    return {|SS0020:formatter.Deserialize(state)|};
                }

                public static Basket? Read(string json)
                {
                    var serializer = new JsonSerializer();
                    {|SS0020:serializer.TypeNameHandling = TypeNameHandling.Objects|};
                    return JsonConvert.DeserializeObject<Basket>(json, Settings);
                }
            }
            """,
            JsonNet,
        ]);

    [Fact]
    public Task Known_types_none_and_bound_type_names_are_not_reported() =>
        Verify<UnsafeDeserializationAnalyzer>.AnalyzerAsync([
            """
            using System.IO;
            using System.Text.Json;
            using System.Xml.Serialization;
            using Newtonsoft.Json;
            using Newtonsoft.Json.Serialization;

            public sealed class KnownTypesBinder : ISerializationBinder { }

            public sealed class Basket
            {
                [JsonProperty(TypeNameHandling = TypeNameHandling.None)]
                public object? Items { get; set; }
            }

            public static class Sessions
            {
                private static readonly JsonSerializerSettings Safe = new() { TypeNameHandling = TypeNameHandling.None };

                private static readonly JsonSerializerSettings Bound = new()
                {
                    TypeNameHandling = TypeNameHandling.Auto,
                    SerializationBinder = new KnownTypesBinder(),
                };

                public static Basket? Read(string json) => System.Text.Json.JsonSerializer.Deserialize<Basket>(json);

                public static Basket? ReadXml(Stream stream) => (Basket?)new XmlSerializer(typeof(Basket)).Deserialize(stream);

                public static Basket? ReadSafe(string json) => JsonConvert.DeserializeObject<Basket>(json, Safe);
            }
            """,
            JsonNet,
        ]);
}
