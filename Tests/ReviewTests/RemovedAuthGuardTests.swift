import Foundation
import Manifest
import Testing

@testable import Review

/// `code.auth-removed` framework by framework: a guard taken off a route or handler that stays, or an opening added
/// to one, blocks; the same guard moved, renamed or replaced, a route deleted with its guard, and an opening for a
/// public endpoint do not.
@Suite struct RemovedAuthGuardTests {
    /// A change that turns `text` into `text` with `old` replaced by `new`: blocked by `code.auth-removed` when
    /// `risky`.
    struct Change: Sendable, CustomTestStringConvertible {
        let path: String
        let before: String
        let after: String
        let risky: Bool
        var testDescription: String { "\(path): \(risky ? "risky" : "benign") \(before.count)→\(after.count)" }

        init(_ path: String, _ text: String, replacing old: String, with new: String = "", risky: Bool) {
            precondition(text.contains(old), "\(old) is not in \(text)")
            self.path = path
            before = text
            after = text.replacingOccurrences(of: old, with: new)
            self.risky = risky
        }
    }

    private static let laravelRoutes = """
        <?php
        Route::get('/plans', [PlanController::class, 'index']);

        Route::middleware(['auth:sanctum'])->group(function () {
            Route::get('/me', [AuthController::class, 'me']);
            Route::prefix('invoices')->name('invoices.')->group(function () {
                Route::get('/', [InvoiceController::class, 'index'])->name('index');
                Route::get('/{invoice}/pdf', [InvoiceController::class, 'pdf'])->name('pdf');
            });
        });

        """

    /// A route moved out of a guarded group keeps its handler while its path is spelled out in full (the group's
    /// prefix is gone): it blocks; the same route moved within the guarded group does not.
    @Test(arguments: [
        ("Route::get('/plans', [PlanController::class, 'index']);\n", true),
        ("    Route::get('/me', [AuthController::class, 'me']);\n", false),
    ])
    func aRouteMovedOutOfItsGroupUnderItsFullPath(after anchor: String, risky: Bool) {
        let indent = anchor.hasPrefix(" ") ? "    " : ""
        let route = indent + "Route::get('/invoices/{invoice}/pdf', [InvoiceController::class, 'pdf']);\n"
        let after = Self.laravelRoutes
            .replacingOccurrences(
                of: "        Route::get('/{invoice}/pdf', [InvoiceController::class, 'pdf'])->name('pdf');\n", with: ""
            )
            .replacingOccurrences(of: anchor, with: anchor + route)
        #expect(after != Self.laravelRoutes)
        let patch = ReviewCase("move", "routes/api.php", before: Self.laravelRoutes, after, risky: risky).patch
        let rules = StaticReviewer().review(diff: patch).findings.filter { $0.severity >= .high }.map(\.rule)
        #expect(rules == (risky ? [RemovedAuthGuard.rule] : []), "\(after) → \(rules)")
    }

    private static func check(_ change: Change) {
        let patch = ReviewCase("change", change.path, before: change.before, change.after, risky: change.risky).patch
        let findings = StaticReviewer().review(diff: patch).findings.filter { $0.severity >= .high }
        if change.risky {
            #expect(findings.contains { $0.rule == RemovedAuthGuard.rule }, "\(change.after) → \(findings.map(\.rule))")
        } else {
            #expect(findings.isEmpty, "\(change.after) → \(findings.map(\.rule))")
        }
    }

    @Test(arguments: [
        Change("app/views.py", "@app.route(\"/admin/users\")\n@login_required\ndef admin_users():\n    return render_users()\n", replacing: "@login_required\n", risky: true),
        Change("orders/views.py", "@require_POST\n@permission_required(\"orders.refund\", raise_exception=True)\ndef refund(request, pk):\n    return do_refund(pk)\n", replacing: "@permission_required(\"orders.refund\", raise_exception=True)\n", risky: true),
        Change("orders/views.py", "class RefundView(LoginRequiredMixin, View):\n    def post(self, request, pk):\n        return do_refund(pk)\n", replacing: "LoginRequiredMixin, ", risky: true),
        Change("api/views.py", "class ExportViewSet(viewsets.ViewSet):\n    permission_classes = [IsAdminUser]\n\n    def list(self, request):\n        return export()\n", replacing: "IsAdminUser", with: "AllowAny", risky: true),
        Change("app/api.py", "@router.delete(\"/users/{user_id}\")\nasync def delete_user(user_id: int, admin: User = Depends(get_current_admin)):\n    await users.delete(user_id)\n", replacing: ", admin: User = Depends(get_current_admin)", risky: true),
        Change("app/api.py", "@router.post(\"/reindex\", dependencies=[Depends(verify_api_key)])\nasync def reindex():\n    await search.reindex()\n", replacing: ", dependencies=[Depends(verify_api_key)]", risky: true),
        Change("app/api.py", "@bp.get(\"/me/keys\")\n@jwt_required()\ndef list_keys():\n    return keys_of(get_jwt_identity())\n", replacing: "@jwt_required()\n", risky: true),
        Change("app/routes/keys.py", "@router.delete(\"/keys/{key_id}\")\nasync def revoke(key_id: int, user: User = Depends(get_current_user)):\n    await keys.revoke(key_id)\n", replacing: ", user: User = Depends(get_current_user)", risky: true),
        Change("api/views.py", "@api_view([\"POST\"])\n@permission_classes([IsAuthenticated])\ndef rotate_token(request):\n    return Response(rotate(request.data))\n", replacing: "@permission_classes([IsAuthenticated])\n", risky: true),
        Change("app/api.py", "@app.route(\"/api/secrets\")\n@auth.login_required\ndef secrets():\n    return jsonify(vault.list())\n", replacing: "@auth.login_required\n", risky: true),
    ])
    func pythonGuardsRemoved(_ change: Change) { Self.check(change) }

    @Test(arguments: [
        Change("src/routes/users.js", "router.get('/users', listUsers);\nrouter.delete('/users/:id', requireAuth, requireAdmin, deleteUser);\n", replacing: "requireAuth, requireAdmin, ", risky: true),
        Change("src/routes/users.js", "router.get('/users/:id', requireAuth, getUser);\nrouter.delete('/users/:id', requireAuth, requireAdmin, deleteUser);\n", replacing: "requireAdmin, ", risky: true),
        Change("src/routes/billing.js", "const router = express.Router();\nrouter.use(passport.authenticate('jwt', { session: false }));\nrouter.get('/invoices', listInvoices);\n", replacing: "router.use(passport.authenticate('jwt', { session: false }));\n", risky: true),
        Change("src/routes/invoices.ts", "router.get('/invoices', auth, list);\nrouter.post('/invoices', auth, create);\n", replacing: "router.get('/invoices', auth, list)", with: "router.get('/invoices', list)", risky: true),
        Change("src/routes/reports.ts", "app.get('/reports', { preHandler: [app.authenticate] }, listReports);\n", replacing: "{ preHandler: [app.authenticate] }, ", risky: true),
        Change("src/users/users.controller.ts", "@Controller('users')\nexport class UsersController {\n  @UseGuards(JwtAuthGuard, RolesGuard)\n  @Delete(':id')\n  remove(@Param('id') id: string) {\n    return this.users.remove(id);\n  }\n}\n", replacing: "  @UseGuards(JwtAuthGuard, RolesGuard)\n", risky: true),
        Change("src/users/users.controller.ts", "@Controller('users')\n@UseGuards(JwtAuthGuard)\nexport class UsersController {\n  @Get('export')\n  exportAll() {\n    return this.users.exportAll();\n  }\n}\n", replacing: "  @Get('export')\n", with: "  @Public()\n  @Get('export')\n", risky: true),
        Change("routes/admin.go", "r.Route(\"/admin\", func(r chi.Router) {\n\tr.Use(jwtauth.Authenticator)\n\tr.Get(\"/users\", listUsers)\n})\n", replacing: "\tr.Use(jwtauth.Authenticator)\n", risky: true),
        Change("src/routes/account.js", "router.get('/account', ensureLoggedIn(), account.show);\n", replacing: "ensureLoggedIn(), ", risky: true),
        Change("Program.cs", "app.MapGet(\"/reports/{id}\", GetReport).RequireAuthorization();\n", replacing: "GetReport).RequireAuthorization();", with: "GetReport).AllowAnonymous();", risky: true),
        Change("cmd/server/main.go", "mux.Handle(\"/admin/flags\", requireAdmin(flagsHandler))\nmux.Handle(\"/healthz\", health)\n", replacing: "requireAdmin(flagsHandler)", with: "flagsHandler", risky: true),
    ])
    func javascriptAndGoGuardsRemoved(_ change: Change) { Self.check(change) }

    @Test(arguments: [
        Change("src/main/java/shop/AdminController.java", "    @PreAuthorize(\"hasRole('ADMIN')\")\n    @DeleteMapping(\"/users/{id}\")\n    public void delete(@PathVariable long id) {\n        users.delete(id);\n    }\n", replacing: "    @PreAuthorize(\"hasRole('ADMIN')\")\n", risky: true),
        Change("src/main/java/shop/SecurityConfig.java", "        http.authorizeHttpRequests(a -> a\n            .requestMatchers(\"/admin/**\").hasRole(\"ADMIN\")\n            .anyRequest().authenticated());\n", replacing: ".hasRole(\"ADMIN\")", with: ".permitAll()", risky: true),
        Change("src/main/kotlin/shop/SecurityConfig.kt", "authorizeHttpRequests {\n    authorize(\"/admin/**\", hasRole(\"ADMIN\"))\n    authorize(anyRequest, authenticated)\n}\n", replacing: "hasRole(\"ADMIN\")", with: "permitAll", risky: true),
        Change("src/main/java/shop/SecurityConfig.java", "        http.authorizeHttpRequests(a -> a\n            .requestMatchers(\"/reports/**\").hasRole(\"ANALYST\")\n            .anyRequest().authenticated());\n", replacing: "            .requestMatchers(\"/reports/**\").hasRole", with: "            .requestMatchers(\"/reports/**\").permitAll()\n            .requestMatchers(\"/reports/**\").hasRole", risky: true),
        Change("Controllers/UsersController.cs", "    [Authorize(Roles = \"Admin\")]\n    [HttpDelete(\"{id}\")]\n    public IActionResult Delete(int id)\n    {\n        return NoContent();\n    }\n", replacing: "    [Authorize(Roles = \"Admin\")]\n", risky: true),
        Change("Controllers/ReportsController.cs", "[Authorize]\npublic class ReportsController : Controller\n{\n    [HttpGet(\"export\")]\n    public IActionResult Export() => File(exporter.Run(), \"text/csv\");\n}\n", replacing: "    [HttpGet(\"export\")]\n", with: "    [AllowAnonymous]\n    [HttpGet(\"export\")]\n", risky: true),
        Change("Program.cs", "app.MapDelete(\"/users/{id}\", DeleteUser).RequireAuthorization(\"Admin\");\n", replacing: ".RequireAuthorization(\"Admin\")", risky: true),
        Change("app/controllers/invoices_controller.rb", "class InvoicesController < ApplicationController\n  before_action :authenticate_user!\n  before_action :set_invoice\n\n  def show\n  end\nend\n", replacing: "  before_action :authenticate_user!\n", risky: true),
        Change("app/controllers/invoices_controller.rb", "class InvoicesController < ApplicationController\n  before_action :set_invoice\n\n  def export\n  end\nend\n", replacing: "  before_action :set_invoice\n", with: "  skip_before_action :authenticate_user!, only: [:export]\n  before_action :set_invoice\n", risky: true),
        Change("routes/web.php", "<?php\nRoute::get('/reports', [ReportController::class, 'index'])->middleware('auth');\n", replacing: "->middleware('auth')", risky: true),
        Change("routes/web.php", "<?php\nRoute::middleware(['auth', 'can:manage-billing'])->group(function () {\n    Route::get('/billing', [BillingController::class, 'show']);\n});\n", replacing: "Route::middleware(['auth', 'can:manage-billing'])->group", with: "Route::prefix('account')->group", risky: true),
        Change("routes/web.php", "<?php\nRoute::middleware('auth')->group(function () {\n    Route::get('/exports/{export}', [ExportController::class, 'show']);\n});\n", replacing: "[ExportController::class, 'show']);", with: "[ExportController::class, 'show'])->withoutMiddleware('auth');", risky: true),
        Change("app/Http/Controllers/ExportController.php", "<?php\nclass ExportController extends Controller\n{\n    public function __construct()\n    {\n        $this->middleware('auth');\n    }\n}\n", replacing: "        $this->middleware('auth');\n", risky: true),
        Change("src/Controller/AdminController.php", "<?php\nclass AdminController\n{\n    #[IsGranted('ROLE_ADMIN')]\n    #[Route('/admin/users')]\n    public function users(): Response\n    {\n    }\n}\n", replacing: "    #[IsGranted('ROLE_ADMIN')]\n", risky: true),
        Change("lib/shop_web/router.ex", "  scope \"/admin\", ShopWeb do\n    pipe_through [:browser, :require_admin]\n    live \"/users\", UserLive.Index\n  end\n", replacing: ", :require_admin", risky: true),
    ])
    func jvmDotnetRubyPhpElixirGuardsRemoved(_ change: Change) { Self.check(change) }

    @Test(arguments: [
        // Routes moved out of a guarded group, above a router's `use` of a guard, or excepted from a kept guard.
        Change("routes/web.php", "<?php\nRoute::middleware(['auth'])->group(function () {\n    Route::get('/dashboard', [DashboardController::class, 'show']);\n    Route::delete('/projects/{project}', [ProjectController::class, 'destroy']);\n});\n", replacing: "    Route::delete('/projects/{project}', [ProjectController::class, 'destroy']);\n});\n", with: "});\nRoute::delete('/projects/{project}', [ProjectController::class, 'destroy']);\n", risky: true),
        Change("src/routes/admin.js", "router.get('/status', status);\nrouter.use(requireAdmin);\nrouter.post('/users/:id/impersonate', impersonate);\n", replacing: "router.get('/status', status);\nrouter.use(requireAdmin);\nrouter.post('/users/:id/impersonate', impersonate);\n", with: "router.get('/status', status);\nrouter.post('/users/:id/impersonate', impersonate);\nrouter.use(requireAdmin);\n", risky: true),
        Change("routes/admin.go", "admin := r.Group(\"/admin\", AuthRequired())\n{\n\tadmin.GET(\"/users\", listUsers)\n\tadmin.DELETE(\"/users/:id\", deleteUser)\n}\n", replacing: "\tadmin.DELETE(\"/users/:id\", deleteUser)\n}\n", with: "}\nadmin.DELETE(\"/users/:id\", deleteUser)\n", risky: false),
        Change("app/controllers/orders_controller.rb", "class OrdersController < ApplicationController\n  before_action :authenticate_user!, except: [:index]\nend\n", replacing: "except: [:index]", with: "except: [:index, :refund]", risky: true),
        Change("app/Http/Controllers/OrderController.php", "<?php\nclass OrderController extends Controller\n{\n    public function __construct()\n    {\n        $this->middleware('auth')->except(['index']);\n    }\n}\n", replacing: "except(['index'])", with: "except(['index', 'export'])", risky: true),
        Change("app/controllers/users/registrations_controller.rb", "class Users::RegistrationsController < ApplicationController\n  before_action :authenticate_user!, except: [:new]\nend\n", replacing: "except: [:new]", with: "except: [:new, :create]", risky: false),
        Change("app/controllers/orders_controller.rb", "class OrdersController < ApplicationController\n  before_action :authenticate_user!, except: [:index, :show]\nend\n", replacing: "except: [:index, :show]", with: "except: [:index]", risky: false),
        Change("routes/web.php", "<?php\nRoute::middleware('auth')->group(function () {\n    Route::get('/pricing', [PageController::class, 'pricing']);\n    Route::get('/billing', [BillingController::class, 'show']);\n});\n", replacing: "Route::middleware('auth')->group(function () {\n    Route::get('/pricing', [PageController::class, 'pricing']);\n", with: "Route::get('/pricing', [PageController::class, 'pricing']);\nRoute::middleware('auth')->group(function () {\n", risky: false),
        Change("routes/web.php", "<?php\nRoute::middleware('auth')->group(function () {\n    Route::get('/billing', [BillingController::class, 'show']);\n});\nRoute::middleware('auth:admin')->group(function () {\n    Route::get('/tenants', [TenantController::class, 'index']);\n});\n", replacing: "    Route::get('/billing', [BillingController::class, 'show']);\n});\nRoute::middleware('auth:admin')->group(function () {\n", with: "});\nRoute::middleware('auth:admin')->group(function () {\n    Route::get('/billing', [BillingController::class, 'show']);\n", risky: false),
        Change("app/api/routes/items.py", "@router.delete(\"/items/{id}\")\ndef delete_item(id: int, user: User = Depends(get_current_active_user)):\n    items.delete(id)\n", replacing: "user: User = Depends(get_current_active_user)", with: "user: CurrentUser", risky: false),
        Change("Program.cs", "app.UseAuthentication();\napp.UseAuthorization();\napp.MapControllers();\n", replacing: "app.UseAuthentication();\napp.UseAuthorization();\n", risky: false),
    ])
    func routesMovedAndExceptions(_ change: Change) { Self.check(change) }

    @Test(arguments: [
        // The guard moved to the router, the class or the group; renamed; replaced by a check in the handler.
        Change("src/routes/users.js", "router.get('/users', requireAuth, listUsers);\nrouter.post('/users', requireAuth, createUser);\n", replacing: "router.get('/users', requireAuth, listUsers);\nrouter.post('/users', requireAuth, createUser);\n", with: "router.use(requireAuth);\nrouter.get('/users', listUsers);\nrouter.post('/users', createUser);\n", risky: false),
        Change("src/main/java/shop/AdminController.java", "@RestController\npublic class AdminController {\n    @PreAuthorize(\"hasRole('ADMIN')\")\n    @GetMapping(\"/admin/users\")\n    public List<User> users() { return repo.findAll(); }\n}\n", replacing: "@RestController\npublic class AdminController {\n    @PreAuthorize(\"hasRole('ADMIN')\")\n", with: "@RestController\n@PreAuthorize(\"hasRole('ADMIN')\")\npublic class AdminController {\n", risky: false),
        Change("app/controllers/reports_controller.rb", "class ReportsController < ApplicationController\n  before_action :authenticate_user!\n\n  def index\n  end\nend\n", replacing: ":authenticate_user!", with: ":authenticate_admin!", risky: false),
        Change("routes/api.php", "<?php\nRoute::middleware('auth:api')->group(function () {\n    Route::get('/orders', [OrderController::class, 'index']);\n});\n", replacing: "auth:api", with: "auth:sanctum", risky: false),
        Change("app/views.py", "@login_required\ndef profile(request):\n    return render(request, \"profile.html\")\n", replacing: "@login_required\ndef profile(request):\n", with: "def profile(request):\n    if not request.user.is_authenticated:\n        return HttpResponseForbidden()\n", risky: false),
        Change("src/routes/users.js", "router.get('/users/:id', requireAuth, getUser);\n", replacing: "router.get('/users/:id', requireAuth, getUser);\n", with: "router.get(\n  '/users/:id',\n  requireAuth,\n  getUser,\n);\n", risky: false),
        // The route or handler deleted with its guard; an unused import dropped; no guard touched.
        Change("src/routes/legacy.js", "router.get('/users', requireAuth, listUsers);\nrouter.delete('/legacy/purge', requireAdmin, purge);\n", replacing: "router.delete('/legacy/purge', requireAdmin, purge);\n", risky: false),
        Change("app/views.py", "def index(request):\n    return render(request, \"index.html\")\n\n@staff_member_required\ndef old_report(request):\n    return render(request, \"old.html\")\n", replacing: "\n@staff_member_required\ndef old_report(request):\n    return render(request, \"old.html\")\n", risky: false),
        Change("app/views.py", "from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import render\n", replacing: "from django.contrib.auth.decorators import login_required\n", risky: false),
        Change("app/api.py", "@router.get(\"/items\")\nasync def items(db: Session = Depends(get_db)):\n    return db.query(Item).all()\n", replacing: "db: Session = Depends(get_db)", risky: false),
        Change("src/routes/users.js", "router.post('/users', requireAuth, validateUser, createUser);\n", replacing: "validateUser, ", risky: false),
        Change("orders/views.py", "@permission_required(\"orders.view\")\ndef orders(request):\n    return render(request, \"orders.html\")\n", replacing: "\"orders.view\"", with: "\"orders.view_order\", raise_exception=True", risky: false),
        Change("src/app/app.routes.ts", "export const routes: Routes = [\n  { path: 'admin', component: AdminPage, canActivate: [AuthGuard] },\n];\n", replacing: ", canActivate: [AuthGuard]", risky: false),
        Change("app/controllers/posts_controller.rb", "class PostsController < ApplicationController\n  before_action :authenticate_user!\n  before_action :set_post\n\n  def show\n  end\nend\n", replacing: "  before_action :set_post\n", risky: false),
        // Public endpoints: health, login, assets, a webhook whose signature is checked.
        Change("app/views.py", "@app.route(\"/healthz\")\n@login_required\ndef healthz():\n    return \"ok\"\n", replacing: "@login_required\n", risky: false),
        Change("src/main/java/shop/SecurityConfig.java", "        http.authorizeHttpRequests(a -> a\n            .requestMatchers(\"/actuator/health/**\").authenticated()\n            .anyRequest().authenticated());\n", replacing: ".requestMatchers(\"/actuator/health/**\").authenticated()", with: ".requestMatchers(\"/actuator/health/**\").permitAll()", risky: false),
        Change("app/controllers/users/sessions_controller.rb", "class Users::SessionsController < Devise::SessionsController\n  def create\n  end\nend\n", replacing: "  def create\n", with: "  skip_before_action :authenticate_user!, only: [:create]\n\n  def create\n", risky: false),
        Change("Controllers/AccountController.cs", "[Authorize]\npublic class AccountController : Controller\n{\n    [HttpPost(\"login\")]\n    public IActionResult Login(LoginModel m) => Ok();\n}\n", replacing: "    [HttpPost(\"login\")]\n", with: "    [AllowAnonymous]\n    [HttpPost(\"login\")]\n", risky: false),
        Change("src/routes/hooks.js", "const sig = req.headers['stripe-signature'];\nconst event = stripe.webhooks.constructEvent(req.body, sig, secret);\nrouter.post('/webhooks/stripe', requireAuth, handleStripe);\n", replacing: "requireAuth, ", risky: false),
        Change("src/users/users.controller.ts", "@Controller('users')\n@UseGuards(JwtAuthGuard)\nexport class UsersController {\n  @Get('me')\n  me() {}\n}\n", replacing: "  @Get('me')\n", with: "  @Public()\n  @Get('ping')\n  ping() {}\n\n  @Get('me')\n", risky: false),
    ])
    func guardsMovedReplacedOrPublic(_ change: Change) { Self.check(change) }

    private static let ginRoutes = """
        func routes(r *gin.Engine, d Deps) {
        	r.Use(gin.Recovery(), requestID())
        	r.GET("/healthz", health)

        	api := r.Group("/api/v1")
        	api.Use(d.Auth.RequireSession())
        	admin := api.Group("/admin")
        	admin.Use(d.Auth.RequireRole("admin"))
        	admin.GET("/users", h.ListUsers)
        }
        """
    private static let vaporRoutes = """
        func routes(_ app: Application) throws {
            let api = app.grouped("api", "v1")
            let authed = api.grouped(UserToken.authenticator(), User.guardMiddleware())
            let admin = authed.grouped(AdminMiddleware())
            admin.get("admin", "users", use: listUsers)
            admin.post("admin", "users", ":userID", "impersonate", use: impersonate)
        }
        """

    /// Routes on groups held in variables (``RouteGroups``): a handler moved from a guarded group to an unguarded one,
    /// or a new route on the bare engine under a guarded group's path, blocks; a new route on the guarded group, or a
    /// public one on the engine, does not.
    @Test(arguments: [
        Change(
            "internal/server/routes.go", ginRoutes, replacing: "\tadmin.GET(\"/users\", h.ListUsers)\n",
            with: "\tadmin.GET(\"/users\", h.ListUsers)\n\tr.GET(\"/api/v1/admin/audit-log/export\", h.ExportAuditLog)\n",
            risky: true),
        Change(
            "internal/server/routes.go", ginRoutes, replacing: "\tadmin.GET(\"/users\", h.ListUsers)\n",
            with: "\tadmin.GET(\"/users\", h.ListUsers)\n\tadmin.GET(\"/audit-log/export\", h.ExportAuditLog)\n",
            risky: false),
        Change(
            "internal/server/routes.go", ginRoutes, replacing: "\tr.GET(\"/healthz\", health)\n",
            with: "\tr.GET(\"/healthz\", health)\n\tr.POST(\"/api/v1/login\", h.Login)\n", risky: false),
        Change(
            "Sources/App/routes.swift", vaporRoutes,
            replacing: "    admin.post(\"admin\", \"users\", \":userID\", \"impersonate\", use: impersonate)\n",
            with: "    let internal = api.grouped(\"internal\")\n"
                + "    internal.post(\"users\", \":userID\", \"impersonate\", use: impersonate)\n",
            risky: true),
        Change(
            "Sources/App/routes.swift", vaporRoutes,
            replacing: "    admin.post(\"admin\", \"users\", \":userID\", \"impersonate\", use: impersonate)\n",
            with: "    let support = admin.grouped(\"support\")\n"
                + "    support.post(\"users\", \":userID\", \"impersonate\", use: impersonate)\n",
            risky: false),
    ])
    func routesOnGroupVariables(_ change: Change) { Self.check(change) }

    @Test(arguments: [
        "requireAuth", "login_required", "ensureLoggedIn", "JwtAuthGuard", "authenticate_user!", "IsAdminUser", "checkJwt",
        "hasRole", "passport.authenticate", "permission_required", "user_passes_test", "adminOnly", "verifyToken",
        "RolesAllowed", "expressjwt", "LoginRequiredMixin", "staff_member_required", "requireApiKey",
    ])
    func namesThatGuard(_ name: String) {
        #expect(AuthGuardName(name[...]).isGuard(at: .argument))
    }

    @Test(arguments: [
        "authController.login", "authRouter", "optionalAuth", "AllowAnonymous", "verifyCsrfToken", "validateUser",
        "login", "admin", "session", "getUser", "AuthCallback", "set_current_user", "authorName", "oauthCallback",
        "req.headers.authorization", "JwtBearerDefaults.AuthenticationScheme", "check_policy", "AddAuthentication",
        "config.authAudience", "HTTPAuthorizationCredentials",
    ])
    func namesThatServeAuthOrSomethingElse(_ name: String) {
        #expect(!AuthGuardName(name[...]).isGuard(at: .argument))
    }
}
