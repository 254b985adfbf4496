namespace PteroPulse.Poller.Pterodactyl.Dto;

// The panel's JSON, read with a snake_case policy. Only the fields PteroPulse uses; unknown ones are ignored, so
// Pelican's extras (sftp_details.alias, limits.oom_killer) and missing ones (description) both parse.

internal sealed record Item<T>(string? Object, T? Attributes);

internal sealed record ItemList<T>(string? Object, List<Item<T>>? Data, ListMeta? Meta);

internal sealed record ListMeta(PaginationDto? Pagination);

internal sealed record PaginationDto(int Total, int Count, int PerPage, int CurrentPage, int TotalPages);

internal sealed record ServerDto(
    string Identifier, string Uuid, string Name, string? Description, string? Node, bool IsNodeUnderMaintenance,
    LimitsDto? Limits, string? Status, bool IsSuspended, bool IsTransferring, RelationshipsDto? Relationships);

internal sealed record LimitsDto(long Memory, long Disk, long Cpu);

internal sealed record RelationshipsDto(ItemList<AllocationDto>? Allocations);

internal sealed record AllocationDto(string Ip, string? IpAlias, int Port, bool IsDefault);

internal sealed record StatsDto(string? CurrentState, bool IsSuspended, ResourcesDto? Resources);

internal sealed record ResourcesDto(long MemoryBytes, double CpuAbsolute, long DiskBytes, long NetworkRxBytes, long NetworkTxBytes, long Uptime);

internal sealed record AccountDto(int Id, bool Admin, string? Username);

internal sealed record ErrorList(List<ErrorDto>? Errors);

internal sealed record ErrorDto(string? Code, string? Status, string? Detail);

internal sealed record WebsocketDto(WebsocketDataDto? Data);

internal sealed record WebsocketDataDto(string Token, string Socket);
