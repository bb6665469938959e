<?php
/**
 * Sends members to the portal dashboard after they log in.
 *
 * @package Acme_Member_Portal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter( 'login_redirect', 'acme_portal_login_redirect', 10, 3 );

/**
 * @param string           $redirect_to           Requested redirect.
 * @param string           $requested_redirect_to Raw redirect_to parameter.
 * @param WP_User|WP_Error $user                  User that logged in.
 * @return string
 */
function acme_portal_login_redirect( $redirect_to, $requested_redirect_to, $user ) {
	if ( is_wp_error( $user ) || ! $user instanceof WP_User ) {
		return $redirect_to;
	}

	if ( user_can( $user, 'manage_options' ) ) {
		return admin_url();
	}

	return home_url( '/portal/' );
}
