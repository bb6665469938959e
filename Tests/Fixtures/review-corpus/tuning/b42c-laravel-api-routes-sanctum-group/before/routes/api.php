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

Route::get('/projects', [ProjectController::class, 'index'])->middleware('auth:sanctum');
Route::post('/projects', [ProjectController::class, 'store'])->middleware('auth:sanctum')->can('create', Project::class);
Route::get('/projects/{project}', [ProjectController::class, 'show'])->middleware('auth:sanctum')->can('view', 'project');
Route::patch('/projects/{project}', [ProjectController::class, 'update'])->middleware('auth:sanctum')->can('update', 'project');
Route::delete('/projects/{project}', [ProjectController::class, 'destroy'])->middleware('auth:sanctum')->can('delete', 'project');

Route::get('/projects/{project}/tasks', [TaskController::class, 'index'])->middleware('auth:sanctum')->can('view', 'project');
Route::post('/projects/{project}/tasks', [TaskController::class, 'store'])->middleware('auth:sanctum')->can('update', 'project');
Route::patch('/tasks/{task}', [TaskController::class, 'update'])->middleware('auth:sanctum')->can('update', 'task');

Route::post('/tasks/{task}/comments', [CommentController::class, 'store'])->middleware('auth:sanctum')->can('view', 'task');
Route::delete('/comments/{comment}', [CommentController::class, 'destroy'])->middleware('auth:sanctum')->can('delete', 'comment');

Route::delete('/tokens/current', [TokenController::class, 'destroy'])->middleware('auth:sanctum');
