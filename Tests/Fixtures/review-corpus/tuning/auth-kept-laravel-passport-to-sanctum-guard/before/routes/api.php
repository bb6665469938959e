<?php

use App\Http\Controllers\InvoiceController;
use App\Http\Controllers\TeamController;
use Illuminate\Support\Facades\Route;

Route::middleware('auth:api')->group(function () {
    Route::get('/invoices', [InvoiceController::class, 'index']);
    Route::get('/invoices/{invoice}', [InvoiceController::class, 'show']);
    Route::post('/teams/{team}/members', [TeamController::class, 'addMember'])->middleware('can:manage,team');
});