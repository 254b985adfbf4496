using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>
/// NodeJWTService: an HS256 JWT signed with the node's daemon token, valid 10 minutes, nbf 5 minutes back, jti the
/// md5 of user id and server uuid. Real and verifiable, so a fake Wings could check it.
/// </summary>
internal static class WebsocketTokens
{
    public static object Create(EmulatedServer server, Caller caller, string issuer, DateTimeOffset now)
    {
        var node = server.Node;
        var nodeUrl = $"{node.Scheme}://{node.Fqdn}:{node.DaemonListen}";
        var jti = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"{caller.User.Id}{server.Uuid}")));
        var header = new { typ = "JWT", alg = "HS256", jti };
        var claims = new
        {
            iss = issuer,
            aud = new[] { nodeUrl },
            jti,
            iat = now.ToUnixTimeSeconds(),
            nbf = now.AddMinutes(-5).ToUnixTimeSeconds(),
            exp = now.AddMinutes(10).ToUnixTimeSeconds(),
            server_uuid = server.Uuid,
            permissions = caller.Permissions(),
            user_uuid = caller.User.Uuid,
            user_id = caller.User.Id,
            unique_id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
        };
        var unsigned = $"{Encode(header)}.{Encode(claims)}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(node.DaemonToken), Encoding.ASCII.GetBytes(unsigned));
        var socketScheme = node.Scheme == "https" ? "wss" : "ws";
        return new
        {
            data = new
            {
                token = $"{unsigned}.{WebEncoders.Base64UrlEncode(signature)}",
                socket = $"{socketScheme}://{node.Fqdn}:{node.DaemonListen}/api/servers/{server.Uuid}/ws",
            },
        };
    }

    private static string Encode(object value) =>
        WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(value, PanelResponses.Json));
}
