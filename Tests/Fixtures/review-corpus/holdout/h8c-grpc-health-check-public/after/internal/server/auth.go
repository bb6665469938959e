package server

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/quarry-io/tally/internal/authn"
)

// publicMethods can be called without a session token.
var publicMethods = map[string]bool{
	"/tally.auth.v1.AuthService/Login":        true,
	"/tally.auth.v1.AuthService/RefreshToken": true,
	// kubelet's native gRPC probe sends no credentials
	"/grpc.health.v1.Health/Check":            true,
}

func authUnary(v *authn.Verifier) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, next grpc.UnaryHandler) (any, error) {
		if publicMethods[info.FullMethod] {
			return next(ctx, req)
		}
		principal, err := v.FromIncoming(ctx)
		if err != nil {
			return nil, status.Error(codes.Unauthenticated, err.Error())
		}
		return next(authn.WithPrincipal(ctx, principal), req)
	}
}
