<?php
/**
 * Login redirects for the members area.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter( 'login_redirect', 'nwm_login_redirect', 10, 3 );

/**
 * Send members to their dashboard after login, everyone else to the default.
 */
function nwm_login_redirect( $redirect_to, $requested_redirect_to, $user ) {
	if ( is_wp_error( $user ) || ! $user instanceof WP_User ) {
		return $redirect_to;
	}

	if ( in_array( 'nw_member', (array) $user->roles, true ) ) {
		return home_url( '/members/dashboard/' );
	}

	return $redirect_to;
}

add_action( 'template_redirect', 'nwm_gate_members_area' );

function nwm_gate_members_area() {
	if ( ! is_page( 'members' ) && ! is_singular( 'nw_resource' ) ) {
		return;
	}

	if ( ! is_user_logged_in() ) {
		wp_safe_redirect( wp_login_url( get_permalink() ) );
		exit;
	}
}
