package vn.vbtrace.web.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.security.Role;
import vn.vbtrace.security.UserAccount;
import vn.vbtrace.security.UserStore;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is signed in (for the pages' header), and the users, for admins. */
@RestController
@Tag(name = "Tài khoản")
class AccountController {

    private final UserStore users;
    private final RoleHierarchy roles;
    private final SecuritySettings settings;

    AccountController(UserStore users, RoleHierarchy roles, SecuritySettings settings) {
        this.users = users;
        this.roles = roles;
        this.settings = settings;
    }

    /** {"name": null when not signed in, "role": ..., "canWrite": ..., "canManageUsers": ..., "anonymousRead": ...}. */
    record Me(String name, String role, boolean canWrite, boolean canManageUsers, boolean anonymousRead) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "Ai đang đăng nhập", description = "`name` là null khi chưa đăng nhập; `role`: viewer, editor hoặc admin.")
    Me me(@Parameter(hidden = true) Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return new Me(null, null, false, false, settings.anonymousRead());
        }
        Set<String> granted = roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Role role = granted.contains("ROLE_ADMIN") ? Role.ADMIN : granted.contains("ROLE_EDITOR") ? Role.EDITOR : Role.VIEWER;
        return new Me(authentication.getName(), role.label(), role != Role.VIEWER, role == Role.ADMIN, settings.anonymousRead());
    }

    record UserView(String name, String role) {
        static UserView of(UserAccount user) {
            return new UserView(user.name(), user.role().label());
        }
    }

    record Users(List<UserView> users) {
    }

    /** What an admin sends to add a user. */
    record NewUser(String name, String role, String password) {
    }

    @GetMapping("/api/users")
    @Operation(summary = "Danh sách người dùng (quản trị)")
    Users all() {
        return new Users(users.all().stream().map(UserView::of).toList());
    }

    @PostMapping("/api/users")
    @Operation(summary = "Thêm người dùng (quản trị)", description = "Ví dụ: `{\"name\": \"nguyenvana\", \"role\": \"editor\", \"password\": \"...\"}`; "
            + "409 khi tên đã có.")
    ResponseEntity<UserView> add(@RequestBody NewUser request) {
        Role role = request == null ? null : Role.parseOrNull(request.role());
        if (role == null) {
            throw new InvalidInputException("invalid-role", "vai trò phải là viewer, editor hoặc admin");
        }
        UserAccount added = users.add(request.name(), role, request.password());
        return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(added));
    }

    @DeleteMapping("/api/users/{name}")
    @Operation(summary = "Xóa người dùng (quản trị)", description = "Không xóa được quản trị viên cuối cùng.")
    ResponseEntity<Void> remove(@PathVariable String name) {
        users.remove(name);
        return ResponseEntity.noContent().build();
    }
}
