using Clinic.Api.Contracts;
using Clinic.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Api.Endpoints;

public static class AppointmentEndpoints
{
    public static IEndpointRouteBuilder MapAppointments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/appointments")
            .RequireAuthorization("ClinicStaff")
            .WithTags("Appointments");

        group.MapGet("/", async (DateOnly day, ClinicDbContext db, CancellationToken ct) =>
            await db.Appointments
                .Where(a => a.Day == day)
                .OrderBy(a => a.StartsAt)
                .Select(a => new AppointmentDto(a.Id, a.PatientId, a.StartsAt, a.Status))
                .ToListAsync(ct));

        group.MapGet("/{id:guid}", async (Guid id, ClinicDbContext db, CancellationToken ct) =>
            await db.Appointments.FindAsync([id], ct) is { } a
                ? Results.Ok(new AppointmentDto(a.Id, a.PatientId, a.StartsAt, a.Status))
                : Results.NotFound());

        group.MapPost("/{id:guid}/cancel", async (Guid id, CancelAppointmentRequest body, ClinicDbContext db, CancellationToken ct) =>
        {
            var appointment = await db.Appointments.FindAsync([id], ct);
            if (appointment is null)
            {
                return Results.NotFound();
            }

            appointment.Cancel(body.Reason);
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        });

        return app;
    }
}
