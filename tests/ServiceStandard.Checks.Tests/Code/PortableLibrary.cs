using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ServiceStandard.Checks.Tests.Code;

/// <summary>
/// A library as a portable-profile build leaves it: one public class deriving from System.Object of
/// <c>mscorlib, Version=2.0.5.0, PublicKeyToken=7cec85d7bea7798e, Retargetable=Yes</c>. Written with
/// System.Reflection.Metadata because no compiler here targets that profile any more.
/// </summary>
internal static class PortableLibrary
{
    public static byte[] Build(string name, string typeName)
    {
        var metadata = new MetadataBuilder();
        var module = metadata.AddModule(0, metadata.GetOrAddString(name + ".dll"), metadata.GetOrAddGuid(Guid.NewGuid()), default, default);
        GC.KeepAlive(module);
        metadata.AddAssembly(metadata.GetOrAddString(name), new Version(1, 0, 0, 0), default, default, default, AssemblyHashAlgorithm.Sha1);
        var mscorlib = metadata.AddAssemblyReference(
            metadata.GetOrAddString("mscorlib"),
            new Version(2, 0, 5, 0),
            default,
            metadata.GetOrAddBlob(new byte[] { 0x7c, 0xec, 0x85, 0xd7, 0xbe, 0xa7, 0x79, 0x8e }),
            AssemblyFlags.Retargetable,
            default);
        var systemObject = metadata.AddTypeReference(mscorlib, metadata.GetOrAddString("System"), metadata.GetOrAddString("Object"));

        var constructorSignature = new BlobBuilder();
        new BlobEncoder(constructorSignature).MethodSignature(isInstanceMethod: true).Parameters(0, r => r.Void(), p => { });
        var objectConstructor = metadata.AddMemberReference(systemObject, metadata.GetOrAddString(".ctor"), metadata.GetOrAddBlob(constructorSignature));

        // .ctor: ldarg.0; call object::.ctor; ret
        var il = new BlobBuilder();
        var body = new InstructionEncoder(il, new ControlFlowBuilder());
        body.LoadArgument(0);
        body.Call(objectConstructor);
        body.OpCode(ILOpCode.Ret);
        var bodies = new MethodBodyStreamEncoder(new BlobBuilder());
        var bodyOffset = bodies.AddMethodBody(body);

        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default, MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
        var constructor = metadata.AddMethodDefinition(
            MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            MethodImplAttributes.IL,
            metadata.GetOrAddString(".ctor"),
            metadata.GetOrAddBlob(constructorSignature),
            bodyOffset,
            default);
        metadata.AddTypeDefinition(
            TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.BeforeFieldInit,
            metadata.GetOrAddString(name),
            metadata.GetOrAddString(typeName),
            systemObject,
            MetadataTokens.FieldDefinitionHandle(1),
            constructor);

        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), bodies.Builder);
        var image = new BlobBuilder();
        pe.Serialize(image);
        return image.ToArray();
    }
}
