namespace ServiceStandard.Standard.Wcag;

public enum WcagLevel
{
    A,
    AA,
    AAA,
}
