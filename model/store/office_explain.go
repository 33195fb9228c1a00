package store

import (
	"context"
	"crypto/x509"
	"errors"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"huiqi/model/msg"
)

// officeProblem turns a failure of the server or of the way to it into a
// FileError that says, in Chinese and English, what happened and what to
// do. It names the database by where, which has no password; the text of
// pgx's own errors (which may quote the connection's settings) is never
// passed on, only the server's message. Errors it does not recognise (the
// store's own, a caller's) come back as they were.
func officeProblem(where string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FileError
	if errors.As(err, &fe) {
		return err
	}
	if m := officeMessage(err); m != nil {
		return &FileError{where, m}
	}
	return err
}

func officeMessage(err error) *msg.Error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return serverMessage(pe)
	}
	text := err.Error()
	var ue x509.UnknownAuthorityError
	var he x509.HostnameError
	var ce x509.CertificateInvalidError
	switch {
	case strings.Contains(text, "server refused TLS connection"):
		return msg.Errorf("数据库服务器不支持加密连接（TLS），而地址要求加密（sslmode=%s）：请在服务器上启用 SSL，或由管理员确认可以不加密后改用 sslmode=disable",
			"the database server does not offer an encrypted connection (TLS), and the URL asks for one (sslmode=%s): enable SSL on the server, or, if the office's administrator agrees, use sslmode=disable",
			sslMode(err))
	case errors.As(err, &ue), errors.As(err, &he), errors.As(err, &ce), strings.Contains(text, "x509:"), strings.Contains(text, "tls:"):
		return msg.Errorf("无法验证数据库服务器的证书：请用 sslrootcert=文件 指明签发服务器证书的 CA，并确认地址中的主机名与证书一致",
			"the database server's certificate could not be verified: name the CA that signed it with sslrootcert=FILE, and check that the host in the URL is the one on the certificate")
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return msg.Errorf("连接数据库服务器超时：请检查网络和服务器地址", "the database server did not answer in time: check the network and the server's address")
	case errors.Is(err, context.Canceled):
		return nil
	case isDial(err):
		return msg.Errorf("无法连接数据库服务器：请检查服务器是否已启动、地址和端口是否正确、防火墙是否放行",
			"cannot reach the database server: check that it is running, that the host and port are right, and that no firewall is in the way")
	case strings.Contains(text, "failed SASL auth") || strings.Contains(text, "password"):
		return ErrPassword
	}
	var ce2 *pgconn.ConnectError
	if errors.As(err, &ce2) {
		return msg.Errorf("无法连接数据库服务器：%s", "cannot connect to the database server: %s", lastPart(text))
	}
	return nil
}

// serverMessage explains an error the server sent, by its SQLSTATE.
func serverMessage(pe *pgconn.PgError) *msg.Error {
	switch {
	case pe.Code == "28P01":
		return ErrPassword
	case pe.Code == "28000":
		return msg.Errorf("数据库服务器不允许此角色从这台电脑登录（pg_hba.conf）：%s", "the database server does not let this role log in from this computer (pg_hba.conf): %s", pe.Message)
	case pe.Code == "3D000":
		return msg.Errorf("数据库服务器上没有此数据库：%s", "the database server has no such database: %s", pe.Message)
	case pe.Code == "42501":
		return msg.Errorf("数据库角色没有所需的权限：%s（惠企申报助手只使用模式 %s，角色应拥有它）", "the database role lacks a permission it needs: %s (Huiqi uses only the schema %s, which the role should own)", pe.Message, Schema)
	case pe.Code == "53100":
		return msg.Errorf("数据库服务器的磁盘已满：未做任何更改", "the database server's disk is full: nothing was changed")
	case pe.Code == "40001" || pe.Code == "40P01" || pe.Code == "55P03":
		return msg.Errorf("数据库正忙（其他座位同时在修改），未做任何更改：请重试", "the database was busy with another seat's change, and nothing was changed: try again")
	case strings.HasPrefix(pe.Code, "08") || strings.HasPrefix(pe.Code, "57"):
		return msg.Errorf("与数据库服务器的连接中断，未完成的修改没有保存：%s", "the connection to the database server was lost and the unfinished change was not saved: %s", pe.Message)
	case strings.HasPrefix(pe.Code, "53") || strings.HasPrefix(pe.Code, "54"):
		return msg.Errorf("数据库服务器资源不足：%s", "the database server ran short of resources: %s", pe.Message)
	}
	return nil
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func isDial(err error) bool {
	var oe *net.OpError
	var de *net.DNSError
	return errors.As(err, &oe) || errors.As(err, &de)
}

// sslMode reads the mode the failed connection asked for, for the message.
func sslMode(err error) string {
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Config != nil && ce.Config.TLSConfig != nil {
		if ce.Config.TLSConfig.InsecureSkipVerify {
			return "require"
		}
		return "verify-full"
	}
	return "require"
}

// lastPart is the innermost reason of a connect error, after its last
// colon: the server's or the network's words, not the settings.
func lastPart(text string) string {
	if i := strings.LastIndex(text, ": "); i >= 0 {
		return text[i+2:]
	}
	return text
}
