// The login page: the form posts to /login with the session's CSRF token (read from its cookie at the moment
// of sending), and the page says why it is shown (a wrong password, signed out).
const params = new URLSearchParams(location.search);
const message = document.getElementById('login-message');
if (params.has('error')) {
  message.className = 'error';
  message.textContent = 'Sai tên đăng nhập hoặc mật khẩu.';
} else if (params.has('logout')) {
  message.textContent = 'Đã đăng xuất.';
} else if (params.has('next')) {
  message.textContent = 'Cần đăng nhập để tiếp tục.';
}
document.getElementById('next').value = params.get('next') || '';
document.getElementById('login-form').addEventListener('submit', () => {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  document.getElementById('csrf').value = m ? decodeURIComponent(m[1]) : '';
});
