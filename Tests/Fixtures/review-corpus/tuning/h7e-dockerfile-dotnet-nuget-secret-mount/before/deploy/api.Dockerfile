# syntax=docker/dockerfile:1.7

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG NUGET_FEED_URL=https://pkgs.dev.azure.com/contoso-logistics/_packaging/internal/nuget/v3/index.json
ARG NUGET_FEED_TOKEN
WORKDIR /src

COPY NuGet.config Directory.Build.props Directory.Packages.props ./
COPY src/Dispatch.Api/Dispatch.Api.csproj src/Dispatch.Api/
COPY src/Dispatch.Core/Dispatch.Core.csproj src/Dispatch.Core/
COPY src/Dispatch.Infrastructure/Dispatch.Infrastructure.csproj src/Dispatch.Infrastructure/

RUN dotnet nuget update source internal \
        --source "$NUGET_FEED_URL" \
        --username build \
        --password "$NUGET_FEED_TOKEN" \
        --store-password-in-clear-text \
 && dotnet restore src/Dispatch.Api/Dispatch.Api.csproj

COPY src/ src/
RUN dotnet publish src/Dispatch.Api/Dispatch.Api.csproj \
        -c Release \
        -o /app/publish \
        --no-restore \
        /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS runtime
WORKDIR /app

RUN apt-get update \
 && apt-get install -y --no-install-recommends libgdiplus \
 && rm -rf /var/lib/apt/lists/*

COPY --from=build /app/publish .

ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD ["dotnet", "Dispatch.Api.dll", "--healthcheck"]

ENTRYPOINT ["dotnet", "Dispatch.Api.dll"]
