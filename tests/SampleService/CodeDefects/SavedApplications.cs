using System.Runtime.Serialization.Formatters.Binary;

namespace SampleService.CodeDefects;

/// <summary>Half-finished applications saved between visits. Never called.</summary>
internal static class SavedApplications
{
#pragma warning disable SYSLIB0011 // The obsolete formatter is the defect planted here.
    internal static object Restore(Stream saved) =>
        // PLANTED DEFECT SS0020 (expected-findings.yml): BinaryFormatter creates whatever types the saved data names.
        new BinaryFormatter().Deserialize(saved);
#pragma warning restore SYSLIB0011
}
