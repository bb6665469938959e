using Clinic.Api.Appointments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clinic.Api.Endpoints;

public static class AppointmentEndpoints
{
    public static IEndpointRouteBuilder MapAppointmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/appointments")
            .RequireAuthorization("StaffOnly")
            .WithTags("Appointments");

        group.MapGet("/{id:guid}", GetById).WithName("GetAppointment");
        group.MapPost("/", Create);
        group.MapDelete("/{id:guid}", Cancel);

        return app;
    }

    private static async Task<Results<Ok<AppointmentDto>, NotFound>> GetById(
        Guid id, IAppointmentService service, CancellationToken ct)
    {
        var appt = await service.FindAsync(id, ct);
        return appt is null ? TypedResults.NotFound() : TypedResults.Ok(appt);
    }

    private static async Task<Created<AppointmentDto>> Create(
        CreateAppointmentRequest body, IAppointmentService service, CancellationToken ct)
    {
        var appt = await service.CreateAsync(body, ct);
        return TypedResults.Created($"/appointments/{appt.Id}", appt);
    }

    private static async Task<NoContent> Cancel(Guid id, IAppointmentService service, CancellationToken ct)
    {
        await service.CancelAsync(id, ct);
        return TypedResults.NoContent();
    }
}
