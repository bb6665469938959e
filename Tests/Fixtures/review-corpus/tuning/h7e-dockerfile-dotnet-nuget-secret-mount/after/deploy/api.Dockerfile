# syntax=docker/dockerfile:1.7

FROM mcr.microsoft.com/dotnet/sdk:8.0@sha256:f798cc4fbddade37dac305d0879f0abc336cda812fc649721fcafc05242e2c8f AS build
WORKDIR /src

COPY NuGet.config Directory.Build.props Directory.Packages.props ./
COPY src/Dispatch.Api/Dispatch.Api.csproj src/Dispatch.Api/
COPY src/Dispatch.Core/Dispatch.Core.csproj src/Dispatch.Core/
COPY src/Dispatch.Infrastructure/Dispatch.Infrastructure.csproj src/Dispatch.Infrastructure/

# Token comes from `docker build --secret id=nuget_token,env=NUGET_FEED_TOKEN` and never lands in a layer;
# NuGet.config reads it as %NUGET_FEED_TOKEN% for the "internal" source.
RUN --mount=type=secret,id=nuget_token,required=true \
    --mount=type=cache,target=/root/.nuget/packages \
    NUGET_FEED_TOKEN="$(cat /run/secrets/nuget_token)" \
    dotnet restore src/Dispatch.Api/Dispatch.Api.csproj

COPY src/ src/
RUN --mount=type=cache,target=/root/.nuget/packages \
    dotnet publish src/Dispatch.Api/Dispatch.Api.csproj \
        -c Release \
        -o /app/publish \
        --no-restore \
        /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:8.0@sha256:50546739d8f4cdf3dd21a935bce7f083705ef4f5ca99333b56c7afa394b402c7 AS runtime
WORKDIR /app

RUN apt-get update \
 && apt-get install -y --no-install-recommends libgdiplus \
 && rm -rf /var/lib/apt/lists/*

COPY --from=build --chown=app:app /app/publish .
USER $APP_UID

ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD ["dotnet", "Dispatch.Api.dll", "--healthcheck"]

ENTRYPOINT ["dotnet", "Dispatch.Api.dll"]
