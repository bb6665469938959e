<?php

use App\Http\Controllers\Admin\AuditLogController;
use App\Http\Controllers\Admin\ImpersonationController;
use App\Http\Controllers\Admin\TenantController;
use App\Http\Controllers\Admin\UserAdminController;
use App\Http\Controllers\Auth\TokenController;
use App\Http\Controllers\HealthController;
use App\Http\Controllers\ProjectController;
use App\Http\Controllers\ProjectMemberController;
use App\Http\Controllers\PublicShareController;
use App\Http\Controllers\TaskController;
use Illuminate\Support\Facades\Route;

/*
|--------------------------------------------------------------------------
| API Routes
|--------------------------------------------------------------------------
*/

Route::get('/health', HealthController::class);

Route::post('/auth/token', [TokenController::class, 'store'])->middleware('throttle:login');
Route::get('/share/{token}', [PublicShareController::class, 'show'])->middleware('throttle:60,1');

Route::middleware('auth:sanctum')->group(function () {
    Route::delete('/auth/token', [TokenController::class, 'destroy']);

    Route::apiResource('projects', ProjectController::class);
    Route::apiResource('projects.members', ProjectMemberController::class)->only(['index', 'store', 'destroy']);
    Route::apiResource('projects.tasks', TaskController::class);
    Route::post('/projects/{project}/tasks/{task}/complete', [TaskController::class, 'complete']);
});

// Admin endpoints are now also used by the ops dashboard, which calls them
// through the internal gateway; keep them in their own group.
Route::prefix('admin')
    ->name('admin.')
    ->middleware('throttle:120,1')
    ->group(function () {
        Route::get('/tenants', [TenantController::class, 'index'])->name('tenants.index');
        Route::patch('/tenants/{tenant}', [TenantController::class, 'update'])->name('tenants.update');
        Route::get('/users', [UserAdminController::class, 'index'])->name('users.index');
        Route::post('/users/{user}/suspend', [UserAdminController::class, 'suspend'])->name('users.suspend');
        Route::post('/users/{user}/impersonate', [ImpersonationController::class, 'start'])->name('users.impersonate');
        Route::get('/audit-log', [AuditLogController::class, 'index'])->name('audit.index');
    });