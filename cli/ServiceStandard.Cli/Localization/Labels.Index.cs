namespace ServiceStandard.Cli.Localization;

/// <summary>The words of <c>index …</c> and <c>upload</c> (the implementation index, issue 19).</summary>
public sealed partial class Labels
{
    public string IndexCommandDescription => Get(nameof(IndexCommandDescription));

    public string IndexDbOptionDescription => Get(nameof(IndexDbOptionDescription));

    public string IndexDbTimeoutOptionDescription => Get(nameof(IndexDbTimeoutOptionDescription));

    public string IndexInitCommandDescription => Get(nameof(IndexInitCommandDescription));

    public string IndexInstitutionCommandDescription => Get(nameof(IndexInstitutionCommandDescription));

    public string IndexInstitutionAddCommandDescription => Get(nameof(IndexInstitutionAddCommandDescription));

    public string IndexInstitutionIdArgumentDescription => Get(nameof(IndexInstitutionIdArgumentDescription));

    public string IndexNameOptionDescription => Get(nameof(IndexNameOptionDescription));

    public string IndexNameEsOptionDescription => Get(nameof(IndexNameEsOptionDescription));

    public string IndexLevelOptionDescription => Get(nameof(IndexLevelOptionDescription));

    public string IndexRegionOptionDescription => Get(nameof(IndexRegionOptionDescription));

    public string IndexServiceCommandDescription => Get(nameof(IndexServiceCommandDescription));

    public string IndexServiceAddCommandDescription => Get(nameof(IndexServiceAddCommandDescription));

    public string IndexServiceArgumentDescription => Get(nameof(IndexServiceArgumentDescription));

    public string IndexServiceNameOptionDescription => Get(nameof(IndexServiceNameOptionDescription));

    public string IndexServiceUrlOptionDescription => Get(nameof(IndexServiceUrlOptionDescription));

    public string IndexServiceRepositoryOptionDescription => Get(nameof(IndexServiceRepositoryOptionDescription));

    public string IndexTokenCommandDescription => Get(nameof(IndexTokenCommandDescription));

    public string IndexTokenIssueCommandDescription => Get(nameof(IndexTokenIssueCommandDescription));

    public string IndexTokenRevokeCommandDescription => Get(nameof(IndexTokenRevokeCommandDescription));

    public string IndexTokenIdArgumentDescription => Get(nameof(IndexTokenIdArgumentDescription));

    public string IndexServeCommandDescription => Get(nameof(IndexServeCommandDescription));

    public string IndexUrlsOptionDescription => Get(nameof(IndexUrlsOptionDescription));

    public string IndexMaxUploadOptionDescription => Get(nameof(IndexMaxUploadOptionDescription));

    public string IndexRateOptionDescription => Get(nameof(IndexRateOptionDescription));

    public string IndexMethodCommandDescription => Get(nameof(IndexMethodCommandDescription));

    public string IndexMethodFileArgumentDescription => Get(nameof(IndexMethodFileArgumentDescription));

    public string IndexInitialized(object a0, object a1, object a2) => Format(nameof(IndexInitialized), a0, a1, a2);

    public string IndexDatabaseUnavailable(object a0) => Format(nameof(IndexDatabaseUnavailable), a0);

    public string IndexNoDatabase(object a0) => Format(nameof(IndexNoDatabase), a0);

    public string IndexBadId(object a0) => Format(nameof(IndexBadId), a0);

    public string IndexBadLevel(object a0) => Format(nameof(IndexBadLevel), a0);

    public string IndexBadName => Get(nameof(IndexBadName));

    public string IndexInstitutionAdded(object a0, object a1) => Format(nameof(IndexInstitutionAdded), a0, a1);

    public string IndexInstitutionExists(object a0) => Format(nameof(IndexInstitutionExists), a0);

    public string IndexUnknownInstitution(object a0) => Format(nameof(IndexUnknownInstitution), a0);

    public string IndexBadServiceName(object a0) => Format(nameof(IndexBadServiceName), a0);

    public string IndexServiceAdded(object a0, object a1) => Format(nameof(IndexServiceAdded), a0, a1);

    public string IndexServiceExists(object a0, object a1) => Format(nameof(IndexServiceExists), a0, a1);

    public string IndexTokenIssued(object a0, object a1) => Format(nameof(IndexTokenIssued), a0, a1);

    public string IndexTokenRevoked(object a0) => Format(nameof(IndexTokenRevoked), a0);

    public string IndexTokenUnknown(object a0) => Format(nameof(IndexTokenUnknown), a0);

    public string IndexServing(object a0, object a1) => Format(nameof(IndexServing), a0, a1);

    public string IndexCannotListen(object a0, object a1) => Format(nameof(IndexCannotListen), a0, a1);

    public string IndexBadUrl(object a0) => Format(nameof(IndexBadUrl), a0);

    public string IndexBadNumber(object a0) => Format(nameof(IndexBadNumber), a0);

    public string IndexMethodValid(object a0, object a1) => Format(nameof(IndexMethodValid), a0, a1);

    public string IndexBuildCommandDescription => Get(nameof(IndexBuildCommandDescription));

    public string IndexPeriodOptionDescription => Get(nameof(IndexPeriodOptionDescription));

    public string IndexMethodOptionDescription => Get(nameof(IndexMethodOptionDescription));

    public string IndexOutOptionDescription => Get(nameof(IndexOutOptionDescription));

    public string IndexBadPeriod(object a0) => Format(nameof(IndexBadPeriod), a0);

    public string IndexBuilt(object a0, object a1, object a2, object a3) => Format(nameof(IndexBuilt), a0, a1, a2, a3);

    public string IndexCannotWrite(object a0, object a1) => Format(nameof(IndexCannotWrite), a0, a1);

    public string UploadCommandDescription => Get(nameof(UploadCommandDescription));

    public string UploadServerOptionDescription => Get(nameof(UploadServerOptionDescription));

    public string UploadTokenOptionDescription => Get(nameof(UploadTokenOptionDescription));

    public string UploadServiceOptionDescription => Get(nameof(UploadServiceOptionDescription));

    public string UploadCommitOptionDescription => Get(nameof(UploadCommitOptionDescription));

    public string UploadFileArgumentDescription => Get(nameof(UploadFileArgumentDescription));

    public string UploadNoToken => Get(nameof(UploadNoToken));

    public string UploadCannotRead(object a0, object a1) => Format(nameof(UploadCannotRead), a0, a1);

    public string UploadCreated(object a0, object a1, object a2) => Format(nameof(UploadCreated), a0, a1, a2);

    public string UploadDuplicate(object a0, object a1, object a2) => Format(nameof(UploadDuplicate), a0, a1, a2);

    public string UploadUnauthorized(object a0) => Format(nameof(UploadUnauthorized), a0);

    public string UploadForbidden(object a0) => Format(nameof(UploadForbidden), a0);

    public string UploadNotFound(object a0) => Format(nameof(UploadNotFound), a0);

    public string UploadTooLarge(object a0) => Format(nameof(UploadTooLarge), a0);

    public string UploadInvalid(object a0) => Format(nameof(UploadInvalid), a0);

    public string UploadMalformed(object a0) => Format(nameof(UploadMalformed), a0);

    public string UploadProblem(object a0) => Format(nameof(UploadProblem), a0);

    public string UploadRateLimited(object a0, object a1) => Format(nameof(UploadRateLimited), a0, a1);

    public string UploadServerError(object a0, object a1) => Format(nameof(UploadServerError), a0, a1);

    public string UploadUnreachable(object a0, object a1, object a2) => Format(nameof(UploadUnreachable), a0, a1, a2);
}
