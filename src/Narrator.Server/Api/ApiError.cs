using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Narrator.Server;

/// <summary>
/// A request the server turns down, answered as the OpenAI API answers errors:
/// <c>{"error": {"message", "type", "code"}}</c> with the status code. The message says what was wrong
/// and how to fix it; it never carries a stack trace.
/// </summary>
internal sealed class ApiError(int status, string type, string message, string? code = null) : Exception(message)
{
    public int Status { get; } = status;

    public string Type { get; } = type;

    public string? Code { get; } = code;

    public static ApiError BadRequest(string message, string? code = null) => new(StatusCodes.Status400BadRequest, "invalid_request_error", message, code);

    public Task WriteAsync(HttpResponse response) => Write(response, Status, Type, Message, Code);

    public static Task Write(HttpResponse response, int status, string type, string message, string? code = null)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        return response.WriteAsync(JsonSerializer.Serialize(new { error = new { message, type, code } }, ServerJson.Options));
    }
}
