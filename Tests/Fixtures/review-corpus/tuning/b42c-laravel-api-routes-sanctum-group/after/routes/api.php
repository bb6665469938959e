<?php

use App\Http\Controllers\Api\CommentController;
use App\Http\Controllers\Api\ProjectController;
use App\Http\Controllers\Api\TaskController;
use App\Http\Controllers\Api\TokenController;
use App\Http\Controllers\Webhooks\GithubWebhookController;
use App\Models\Project;
use Illuminate\Support\Facades\Route;

/*
|--------------------------------------------------------------------------
| API Routes
|--------------------------------------------------------------------------
|
| Loaded by RouteServiceProvider under the "api" middleware group and /api prefix.
|
*/

Route::post('/tokens', [TokenController::class, 'store'])->middleware('throttle:login');

Route::post('/webhooks/github', GithubWebhookController::class)->middleware('github.signature');

Route::middleware(['auth:sanctum', 'throttle:api-user'])->group(function () {
    Route::delete('/tokens/current', [TokenController::class, 'destroy']);

    Route::get('/projects', [ProjectController::class, 'index']);
    Route::post('/projects', [ProjectController::class, 'store'])->can('create', Project::class);
    Route::get('/projects/{project}', [ProjectController::class, 'show'])->can('view', 'project');
    Route::patch('/projects/{project}', [ProjectController::class, 'update'])->can('update', 'project');
    Route::delete('/projects/{project}', [ProjectController::class, 'destroy'])->can('delete', 'project');

    Route::get('/projects/{project}/tasks', [TaskController::class, 'index'])->can('view', 'project');
    Route::post('/projects/{project}/tasks', [TaskController::class, 'store'])->can('update', 'project');
    Route::patch('/tasks/{task}', [TaskController::class, 'update'])->can('update', 'task');

    Route::post('/tasks/{task}/comments', [CommentController::class, 'store'])->can('view', 'task');
    Route::patch('/comments/{comment}', [CommentController::class, 'update'])->can('update', 'comment');
    Route::delete('/comments/{comment}', [CommentController::class, 'destroy'])->can('delete', 'comment');
});
