-- wrk script: POST the JSON body held in the file named by BODY_FILE (a GraphQL query for the peer).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open(os.getenv("BODY_FILE"), "r")
wrk.body = file:read("*a")
file:close()
